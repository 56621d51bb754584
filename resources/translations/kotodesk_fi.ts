<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About kotodesk</source>
        <translation>Tietoja kotodeskistä</translation>
    </message>
    <message>
        <source>Status reporting on a city programme of measures</source>
        <translation>Kaupunkiohjelman toimenpiteiden tilanneraportointi</translation>
    </message>
    <message>
        <source>development (not a bundle)</source>
        <translation>kehitysversio (ei asennuspaketti)</translation>
    </message>
    <message>
        <source>Build:</source>
        <translation>Koontiversio:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Tietokansio:</translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation>Alusta:</translation>
    </message>
    <message>
        <source>Components and their licences</source>
        <translation>Komponentit ja niiden lisenssit</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>Lisenssiteksti</translation>
    </message>
    <message>
        <source>kotodesk is free software under the GNU GPL 3.0 or later. It ships these components:</source>
        <translation>kotodesk on vapaa ohjelmisto (GNU GPL 3.0 tai myöhempi). Mukana toimitetaan nämä komponentit:</translation>
    </message>
    <message>
        <source>The package carries no licence file; its licence is named above.</source>
        <translation>Paketissa ei ole lisenssitiedostoa; sen lisenssi mainitaan yllä.</translation>
    </message>
</context>
<context>
    <name>BackupDialogs</name>
    <message>
        <source>Back up</source>
        <translation>Varmuuskopioi</translation>
    </message>
    <message>
        <source>kotodesk backup (*.sqlite3);;All files (*)</source>
        <translation>kotodesk-varmuuskopio (*.sqlite3);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Palauta varmuuskopiosta</translation>
    </message>
    <message>
        <source>Export all data</source>
        <translation>Vie kaikki tiedot</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-työkirja (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>CaDialog</name>
    <message>
        <source>Programme certificate authority</source>
        <translation>Ohjelman varmentaja</translation>
    </message>
    <message>
        <source>Certificate authority</source>
        <translation>Varmentaja</translation>
    </message>
    <message>
        <source>Name of the certificate authority</source>
        <translation>Varmentajan nimi</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Uusi tunnuslause</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Uusi tunnuslause uudelleen</translation>
    </message>
    <message>
        <source>C&amp;reate certificate authority</source>
        <translation>&amp;Luo varmentaja</translation>
    </message>
    <message>
        <source>Save &amp;root certificate…</source>
        <translation>Tallenna &amp;juurivarmenne…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nimi:</translation>
    </message>
    <message>
        <source>Passphrase for its &amp;key:</source>
        <translation>Avaimen &amp;tunnuslause:</translation>
    </message>
    <message>
        <source>Passphrase &amp;again:</source>
        <translation>Tunnuslause &amp;uudelleen:</translation>
    </message>
    <message>
        <source>Certificate requests</source>
        <translation>Varmennepyynnöt</translation>
    </message>
    <message>
        <source>&amp;Open requests…</source>
        <translation>&amp;Avaa pyynnöt…</translation>
    </message>
    <message>
        <source>Unit the certificate speaks for</source>
        <translation>Yksikkö, jonka puolesta varmenne puhuu</translation>
    </message>
    <message>
        <source> days</source>
        <translation> päivää</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Voimassaolo</translation>
    </message>
    <message>
        <source>&amp;Issue certificate…</source>
        <translation>&amp;Myönnä varmenne…</translation>
    </message>
    <message>
        <source>For &amp;unit:</source>
        <translation>&amp;Yksikölle:</translation>
    </message>
    <message>
        <source>Certificate requests from contact persons</source>
        <translation>Yhteyshenkilöiden varmennepyynnöt</translation>
    </message>
    <message>
        <source>Before issuing, call the person and compare the key fingerprint they read from their kotodesk with the one shown here.</source>
        <translation>Soita ennen myöntämistä henkilölle ja vertaa sormenjälkeä, jonka hän lukee omasta kotodeskistään, tässä näkyvään.</translation>
    </message>
    <message>
        <source>Certificates issued</source>
        <translation>Myönnetyt varmenteet</translation>
    </message>
    <message>
        <source>Reason for revoking</source>
        <translation>Peruuttamisen syy</translation>
    </message>
    <message>
        <source>No reason given</source>
        <translation>Syytä ei kerrota</translation>
    </message>
    <message>
        <source>Left the unit or the programme</source>
        <translation>Lähtenyt yksiköstä tai ohjelmasta</translation>
    </message>
    <message>
        <source>Replaced by a new certificate</source>
        <translation>Korvattu uudella varmenteella</translation>
    </message>
    <message>
        <source>No longer reports</source>
        <translation>Ei enää raportoi</translation>
    </message>
    <message>
        <source>Key lost or compromised</source>
        <translation>Avain kadonnut tai vaarantunut</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>&amp;Peruuta varmenne…</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>&amp;Syy:</translation>
    </message>
    <message>
        <source>The certificate authority&apos;s passphrase</source>
        <translation>Varmentajan tunnuslause</translation>
    </message>
    <message>
        <source>Certificate authority&apos;s pass&amp;phrase:</source>
        <translation>Varmentajan tunnuslaus&amp;e:</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Viesti</translation>
    </message>
    <message>
        <source>its key on a card or token</source>
        <translation>sen avain on kortilla tai tunnisteella</translation>
    </message>
    <message>
        <source>its key in {0}, under its own passphrase</source>
        <translation>sen avain on tiedostossa {0} omalla tunnuslauseellaan suojattuna</translation>
    </message>
    <message>
        <source>{0}, valid until {1}; {2}. Root certificate fingerprint (SHA-256): {3}. Give the root certificate to everyone who verifies returns: kotodesk trusts it with Trust a certificate authority (Settings › Signing key and trust), a PDF reader in its trusted certificates. Keep a copy of the folder {4} with your backups.</source>
        <translation>{0}, voimassa {1} asti; {2}. Juurivarmenteen sormenjälki (SHA-256): {3}. Anna juurivarmenne kaikille, jotka tarkistavat palautuksia: kotodeskissä siihen luotetaan kohdassa Luota varmentajaan (Asetukset › Allekirjoitusavain ja luottamus), PDF-lukijassa se lisätään luotettuihin varmenteisiin. Säilytä kansion {4} kopio varmuuskopioidesi kanssa.</translation>
    </message>
    <message>
        <source>Card&apos;s &amp;PIN:</source>
        <translation>Kortin P&amp;IN-koodi:</translation>
    </message>
    <message>
        <source>This data folder runs no certificate authority yet. Create one for the programme: it issues the contact persons&apos; certificates, each stating the unit it may speak for, so that nobody has to be trusted one by one.</source>
        <translation>Tässä datakansiossa ei ole vielä varmentajaa. Luo ohjelmalle varmentaja: se myöntää yhteyshenkilöiden varmenteet, joissa kussakin lukee yksikkö, jonka puolesta haltija saa puhua, joten ketään ei tarvitse hyväksyä luotetuksi yksitellen.</translation>
    </message>
    <message>
        <source>The certificate authority needs a name.</source>
        <translation>Varmentaja tarvitsee nimen.</translation>
    </message>
    <message>
        <source>The passphrase must have at least 8 characters.</source>
        <translation>Tunnuslauseessa on oltava vähintään 8 merkkiä.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Tunnuslauseet eroavat toisistaan.</translation>
    </message>
    <message>
        <source>Created the certificate authority {0}. Returns certified by it now count here for the units their certificates state.</source>
        <translation>Varmentaja {0} luotiin. Sen varmentamat palautukset lasketaan nyt tässä niille yksiköille, jotka niiden varmenteissa mainitaan.</translation>
    </message>
    <message>
        <source>Save root certificate</source>
        <translation>Tallenna juurivarmenne</translation>
    </message>
    <message>
        <source>Certificate (*.pem)</source>
        <translation>Varmenne (*.pem)</translation>
    </message>
    <message>
        <source>Wrote {0}.</source>
        <translation>Tallennettu: {0}.</translation>
    </message>
    <message>
        <source>Open certificate requests</source>
        <translation>Avaa varmennepyynnöt</translation>
    </message>
    <message>
        <source>Certificate requests (*.csr *.pem *.der);;All files (*)</source>
        <translation>Varmennepyynnöt (*.csr *.pem *.der);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>Enter the certificate authority&apos;s passphrase.</source>
        <translation>Kirjoita varmentajan tunnuslause.</translation>
    </message>
    <message>
        <source>Wrong passphrase for the certificate authority&apos;s key.</source>
        <translation>Väärä tunnuslause varmentajan avaimelle.</translation>
    </message>
    <message>
        <source>Open a request and select it first.</source>
        <translation>Avaa ensin pyyntö ja valitse se.</translation>
    </message>
    <message>
        <source>The request {0} was changed after it was made: ask the person for a new one.</source>
        <translation>Pyyntöä {0} on muutettu sen tekemisen jälkeen: pyydä henkilöltä uusi.</translation>
    </message>
    <message>
        <source>Save the certificate</source>
        <translation>Tallenna varmenne</translation>
    </message>
    <message>
        <source>Issued a certificate to {0} for {1}, serial {2}; wrote {3}. Send the file to the person: they install it with Install issued certificate.</source>
        <translation>Varmenne myönnettiin henkilölle {0} yksikköön {1}, sarjanumero {2}; tallennettu: {3}. Lähetä tiedosto henkilölle: hän asentaa sen kohdasta Asenna myönnetty varmenne.</translation>
    </message>
    <message>
        <source>The same key&apos;s certificate {0} ({1}, until {2}) stays valid: revoke it (Replaced by a new certificate) if this one replaces it.</source>
        <translation>Saman avaimen varmenne {0} ({1}, voimassa {2} asti) pysyy voimassa: peruuta se (Korvattu uudella varmenteella), jos tämä korvaa sen.</translation>
    </message>
    <message>
        <source>Select the certificate to revoke.</source>
        <translation>Valitse peruutettava varmenne.</translation>
    </message>
    <message>
        <source>That certificate is revoked already.</source>
        <translation>Varmenne on jo peruutettu.</translation>
    </message>
    <message>
        <source>Revoke the certificate?</source>
        <translation>Peruutetaanko varmenne?</translation>
    </message>
    <message>
        <source>Revoke the certificate of {0} (serial {1})? Files signed with it stop counting, also those merged already in open rounds. It cannot be undone: the person needs a new certificate.</source>
        <translation>Peruutetaanko henkilön {0} varmenne (sarjanumero {1})? Sillä allekirjoitetut tiedostot lakkaavat olemasta voimassa, myös avoimilla kierroksilla jo yhdistetyt. Peruutusta ei voi perua: henkilö tarvitsee uuden varmenteen.</translation>
    </message>
    <message>
        <source>Revoked the certificate of {0} (serial {1}). The new revocation list travels in the next round package.</source>
        <translation>Henkilön {0} varmenne peruutettiin (sarjanumero {1}). Uusi sulkulista kulkee seuraavan kierrospaketin mukana.</translation>
    </message>
    <message>
        <source>Revoked with it, as the same key: {0} ({1}, serial {2}).</source>
        <translation>Samalla peruttiin saman avaimen varmenne: {0} ({1}, sarjanumero {2}).</translation>
    </message>
    <message>
        <source>No longer counts: {0}.</source>
        <translation>Ei enää voimassa: {0}.</translation>
    </message>
</context>
<context>
    <name>CardKeyModel</name>
    <message>
        <source>Card or token</source>
        <translation>Kortti tai tunniste</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Yksikkö</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Voimassa asti</translation>
    </message>
    <message>
        <source>Can sign</source>
        <translation>Voi allekirjoittaa</translation>
    </message>
    <message>
        <source> (PIN locked)</source>
        <translation> (PIN-koodi lukittu)</translation>
    </message>
    <message>
        <source>No: not for signatures</source>
        <translation>Ei: ei allekirjoituksiin</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Kyllä</translation>
    </message>
</context>
<context>
    <name>CatalogueTreeModel</name>
    <message>
        <source>Goals:</source>
        <translation>Tavoitteet:</translation>
    </message>
    <message>
        <source>Highlighted project (Nosto), without an indicator</source>
        <translation>Nosto: esiteltävä hanke, ei mittaria</translation>
    </message>
    <message>
        <source>Goal {0}. {1}</source>
        <translation>Tavoite {0}. {1}</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Toimenpiteet</translation>
    </message>
    <message>
        <source>Reported together with other units.</source>
        <translation>Raportoidaan yhdessä muiden vastuutahojen kanssa.</translation>
    </message>
    <message>
        <source>{0}, {1} of {2} reported</source>
        <translation>{0}, raportoitu {1}/{2}</translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation>Ei raportoitu</translation>
    </message>
    <message>
        <source>Code {0}: theme {1}, measure {2}</source>
        <translation>Tunnus {0}: teema {1}, toimenpide {2}</translation>
    </message>
    <message>
        <source>⇄ your unit reports on this measure together with other units</source>
        <translation>⇄ yksikkösi raportoi tästä toimenpiteestä yhdessä muiden yksiköiden kanssa</translation>
    </message>
</context>
<context>
    <name>CompletenessMatrixModel</name>
    <message>
        <source>does not answer for this measure</source>
        <translation>ei ole tämän toimenpiteen vastuutaho</translation>
    </message>
</context>
<context>
    <name>CompletenessTab</name>
    <message>
        <source>Units and their returns</source>
        <translation>Yksiköt ja niiden palautukset</translation>
    </message>
    <message>
        <source>Statuses by unit and measure</source>
        <translation>Tilat yksiköittäin ja toimenpiteittäin</translation>
    </message>
    <message>
        <source>Selected cell</source>
        <translation>Valittu solu</translation>
    </message>
    <message>
        <source>Themes reported</source>
        <translation>Teemojen raportointi</translation>
    </message>
    <message>
        <source>Co&amp;py reminder</source>
        <translation>&amp;Kopioi muistutus</translation>
    </message>
    <message>
        <source>Copy a reminder for the units that have not returned</source>
        <translation>Kopioi muistutus yksiköille, jotka eivät ole vielä palauttaneet</translation>
    </message>
    <message>
        <source>R&amp;emind by e-mail…</source>
        <translation>&amp;Muistuta sähköpostilla…</translation>
    </message>
    <message>
        <source>Write an e-mail draft to each unit that has not returned</source>
        <translation>Kirjoita sähköpostiluonnos jokaiselle yksikölle, joka ei ole palauttanut</translation>
    </message>
    <message>
        <source>This programme has no round yet.</source>
        <translation>Tällä ohjelmalla ei ole vielä seurantakierrosta.</translation>
    </message>
    <message>
        <source>Round {0}: {1} of {2} units have returned; {3} measures still lack a responsible unit&apos;s contribution.</source>
        <translation>Seurantakierros {0}: {1}/{2} yksiköstä on palauttanut; {3} toimenpiteestä puuttuu vielä vastuutahon merkintä.</translation>
    </message>
    <message>
        <source>Units that have not returned yet: {0}.</source>
        <translation>Vielä palauttamatta: {0}.</translation>
    </message>
    <message>
        <source>Every unit has returned.</source>
        <translation>Kaikki yksiköt ovat palauttaneet.</translation>
    </message>
    <message>
        <source>Not reported, or no status given</source>
        <translation>Ei raportoitu tai tilaa ei annettu</translation>
    </message>
    <message>
        <source>Blank: the unit does not answer for the measure</source>
        <translation>Tyhjä: yksikkö ei ole toimenpiteen vastuutaho</translation>
    </message>
    <message>
        <source>A code such as 2/3.1 means theme 2, measure 3.1.</source>
        <translation>Tunnus kuten 2/3.1 tarkoittaa teeman 2 toimenpidettä 3.1.</translation>
    </message>
    <message>
        <source>The reminder is on the clipboard: paste it into an e-mail.</source>
        <translation>Muistutus on leikepöydällä: liitä se sähköpostiin.</translation>
    </message>
</context>
<context>
    <name>ComponentsModel</name>
    <message>
        <source>Component</source>
        <translation>Komponentti</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versio</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lisenssi</translation>
    </message>
</context>
<context>
    <name>ConflictListModel</name>
    <message>
        <source>Measure</source>
        <translation>Toimenpide</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Yksikkö</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Tiedostot</translation>
    </message>
</context>
<context>
    <name>ConflictOptionsModel</name>
    <message>
        <source>File</source>
        <translation>Tiedosto</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Tarkistus</translation>
    </message>
    <message>
        <source>Signed or saved</source>
        <translation>Allekirjoitettu tai tallennettu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>What has been done</source>
        <translation>Mitä on tehty</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Perustelut</translation>
    </message>
    <message>
        <source>Indicator values</source>
        <translation>Mittarien arvot</translation>
    </message>
    <message>
        <source>Reporting by indicator</source>
        <translation>Raportointi mittarin mukaan</translation>
    </message>
    <message>
        <source>Return {0}</source>
        <translation>Palautus {0}</translation>
    </message>
</context>
<context>
    <name>ConflictsTab</name>
    <message>
        <source>Open conflicts</source>
        <translation>Avoimet ristiriidat</translation>
    </message>
    <message>
        <source>The differing contributions</source>
        <translation>Eroavat merkinnät</translation>
    </message>
    <message>
        <source>Rows in bold differ. Choose the return that speaks for the unit on this measure; the other stays on record.</source>
        <translation>Lihavoidut rivit eroavat. Valitse palautus, joka on yksikön kanta tähän toimenpiteeseen; toinen säilyy tallessa.</translation>
    </message>
    <message>
        <source>Open conflicts: {0}</source>
        <translation>Avoimia ristiriitoja: {0}</translation>
    </message>
    <message>
        <source>No open conflicts: every unit&apos;s returns agree, or the newer one clearly speaks.</source>
        <translation>Ei avoimia ristiriitoja: kunkin yksikön palautukset ovat yhtäpitäviä, tai uudempi palautus ratkaisee.</translation>
    </message>
    <message>
        <source>Unit: {0}</source>
        <translation>Yksikkö: {0}</translation>
    </message>
    <message>
        <source>Use return &amp;{0}</source>
        <translation>Käytä palautusta &amp;{0}</translation>
    </message>
    <message>
        <source>Use return {0}, {1}</source>
        <translation>Käytä palautusta {0}, {1}</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>there is no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set). Start kotodesk from a desktop session; the command line works without one (kotodesk --help).</source>
        <translation>ikkunalle ei ole näyttöä (DISPLAY ja WAYLAND_DISPLAY puuttuvat). Käynnistä kotodesk työpöytäistunnosta; komentorivi toimii ilman näyttöä (kotodesk --help).</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Varmuuskopioi</translation>
    </message>
    <message>
        <source>Backed up to {0}</source>
        <translation>Varmuuskopio tallennettu: {0}</translation>
    </message>
    <message>
        <source>Export all data</source>
        <translation>Vie kaikki tiedot</translation>
    </message>
    <message>
        <source>Wrote {0}</source>
        <translation>Tallennettu: {0}</translation>
    </message>
    <message>
        <source>The database in {0} is damaged and cannot be read. Close kotodesk and start it again: it offers the newest backup kotodesk kept, and keeps the damaged file aside.</source>
        <translation>Kansion {0} tietokanta on vioittunut, eikä sitä voi lukea. Sulje kotodesk ja käynnistä se uudelleen: se tarjoaa uusinta kotodeskin tekemää varmuuskopiota ja säilyttää vioittuneen tiedoston erillään.</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Palauta varmuuskopiosta</translation>
    </message>
    <message>
        <source>Restored {0}; the previous data is in {1}</source>
        <translation>Palautettu: {0}. Aiemmat tiedot ovat tiedostossa {1}</translation>
    </message>
    <message>
        <source>The daily backup failed: {0}</source>
        <translation>Päivittäinen varmuuskopiointi epäonnistui: {0}</translation>
    </message>
    <message>
        <source>kotodesk is already open with the data folder {0}. Switch to that window; two windows on one folder would overwrite each other&apos;s typing.</source>
        <translation>kotodesk on jo auki tietokansiolla {0}. Siirry siihen ikkunaan: kaksi ikkunaa samassa kansiossa kirjoittaisivat toistensa tekstien päälle.</translation>
    </message>
</context>
<context>
    <name>CoordinatorWindow</name>
    <message>
        <source>Round</source>
        <translation>Seurantakierros</translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation>K&amp;ierros:</translation>
    </message>
    <message>
        <source>Reopen round…</source>
        <translation>Avaa kierros uudelleen…</translation>
    </message>
    <message>
        <source>Open this closed round again, so that its entries can be changed</source>
        <translation>Avaa tämä suljettu kierros uudelleen, jotta sen merkintöjä voi muuttaa</translation>
    </message>
    <message>
        <source>Coordinator&apos;s work</source>
        <translation>Koordinaattorin työ</translation>
    </message>
    <message>
        <source>Add returns…</source>
        <translation>Lisää palautuksia…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <source>open</source>
        <translation>avoin</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>päättynyt</translation>
    </message>
    <message>
        <source>Coordinator: {0}</source>
        <translation>Koordinaattori: {0}</translation>
    </message>
    <message>
        <source>Returns &amp;inbox</source>
        <translation>&amp;Saapuneet palautukset</translation>
    </message>
    <message>
        <source>&amp;Conflicts ({0})</source>
        <translation>&amp;Ristiriidat ({0})</translation>
    </message>
    <message>
        <source>&amp;Conflicts</source>
        <translation>&amp;Ristiriidat</translation>
    </message>
    <message>
        <source>Co&amp;mpleteness</source>
        <translation>Katta&amp;vuus</translation>
    </message>
    <message>
        <source>Re&amp;view</source>
        <translation>&amp;Tarkastus</translation>
    </message>
    <message>
        <source>Merged &amp;statuses</source>
        <translation>Y&amp;hdistetyt tilat</translation>
    </message>
    <message>
        <source>&amp;Outputs</source>
        <translation>T&amp;ulosteet</translation>
    </message>
    <message>
        <source>Reopen round {0}? Its entries can then be changed again.</source>
        <translation>Avataanko kierros {0} uudelleen? Sen merkintöjä voi sitten taas muuttaa.</translation>
    </message>
    <message>
        <source>Round {0} is open now ({1} entries from {2} units). It will be closed: its entries are kept and can be read, and it can be reopened the same way.</source>
        <translation>Kierros {0} on nyt avoinna ({1} merkintää {2} yksiköltä). Se suljetaan: sen merkinnät säilyvät ja niitä voi lukea, ja sen voi avata uudelleen samalla tavalla.</translation>
    </message>
    <message>
        <source>Reopen round</source>
        <translation>Avaa kierros uudelleen</translation>
    </message>
    <message>
        <source>Reopen {0}</source>
        <translation>Avaa {0} uudelleen</translation>
    </message>
    <message>
        <source>Round {0} is open again.</source>
        <translation>Kierros {0} on taas avoinna.</translation>
    </message>
    <message>
        <source>Round {0} is closed.</source>
        <translation>Kierros {0} on suljettu.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>kotodesk ran into a problem</source>
        <translation>kotodesk kohtasi ongelman</translation>
    </message>
    <message>
        <source>What you typed has been saved.</source>
        <translation>Kirjoittamasi on tallennettu.</translation>
    </message>
    <message>
        <source>Some of what you typed could not be saved; the report says why.</source>
        <translation>Kaikkea kirjoittamaasi ei voitu tallentaa; raportissa kerrotaan miksi.</translation>
    </message>
    <message>
        <source>kotodesk met an error it did not expect. You can keep working, or quit and start kotodesk again. Please send the report below to your coordinator or IT support: copy it with the button.</source>
        <translation>kotodeskissa tapahtui odottamaton virhe. Voit jatkaa työtä tai lopettaa ja käynnistää kotodeskin uudelleen. Lähetä alla oleva raportti koordinaattorille tai IT-tukeen: kopioi se painikkeella.</translation>
    </message>
    <message>
        <source>Error report</source>
        <translation>Virheraportti</translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation>&amp;Kopioi raportti</translation>
    </message>
    <message>
        <source>&amp;Quit kotodesk</source>
        <translation>&amp;Lopeta kotodesk</translation>
    </message>
    <message>
        <source>&amp;Keep working</source>
        <translation>&amp;Jatka työtä</translation>
    </message>
    <message>
        <source>The database in this data folder is damaged (a disk fault, or the file was changed outside kotodesk). Quit kotodesk and start it again: it offers to restore the newest backup and keeps the damaged file aside.</source>
        <translation>Tämän datakansion tietokanta on vioittunut (levyvika, tai tiedostoa on muutettu kotodeskin ulkopuolella). Lopeta kotodesk ja käynnistä se uudelleen: se tarjoutuu palauttamaan uusimman varmuuskopion ja siirtää vioittuneen tiedoston syrjään.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopioitu</translation>
    </message>
</context>
<context>
    <name>DamagedAtStart</name>
    <message>
        <source>Restore from backup</source>
        <translation>Palauta varmuuskopiosta</translation>
    </message>
    <message>
        <source>The database in {0} is damaged and cannot be read.</source>
        <translation>Kansion {0} tietokanta on vioittunut, eikä sitä voi lukea.</translation>
    </message>
    <message>
        <source>kotodesk keeps backups of it. The newest that can be read was made {0}; you see what it holds before anything is replaced. The damaged file is kept aside, not deleted.</source>
        <translation>kotodesk säilyttää siitä varmuuskopioita. Uusin luettavissa oleva on otettu {0}; näet sen sisällön ennen kuin mitään korvataan. Vioittunut tiedosto siirretään syrjään, ei poisteta.</translation>
    </message>
    <message>
        <source>Note about that backup: {0}.</source>
        <translation>Huomaa tästä varmuuskopiosta: {0}.</translation>
    </message>
    <message>
        <source>No backup of it that can be read was found in {0}. If you made one (File › Back up…), choose it; the damaged file is kept aside, not deleted.</source>
        <translation>Kansiosta {0} ei löytynyt siitä luettavissa olevaa varmuuskopiota. Jos otit sellaisen itse (Tiedosto › Ota varmuuskopio…), valitse se; vioittunut tiedosto siirretään syrjään, ei poisteta.</translation>
    </message>
    <message>
        <source>SQLite says: {0}</source>
        <translation>SQLite ilmoittaa: {0}</translation>
    </message>
    <message>
        <source>Restore the newest backup…</source>
        <translation>Palauta uusin varmuuskopio…</translation>
    </message>
    <message>
        <source>Choose a backup…</source>
        <translation>Valitse varmuuskopio…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <source>Restored {0}. The damaged database is kept as {1}.</source>
        <translation>Palautettiin {0}. Vioittunut tietokanta on tallessa nimellä {1}.</translation>
    </message>
</context>
<context>
    <name>EditCommand</name>
    <message>
        <source>Edit {0}</source>
        <translation>muokkaus ({0})</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export signed return</source>
        <translation>Vie allekirjoitettu palautus</translation>
    </message>
    <message>
        <source>The return of &lt;b&gt;{0}&lt;/b&gt; for the monitoring period {1} is written as an Excel file and a PDF, both signed by you.</source>
        <translation>Vastuutahon &lt;b&gt;{0}&lt;/b&gt; palautus seurannan aikavälille {1} tallennetaan Excel-tiedostona ja PDF-tiedostona, jotka molemmat allekirjoitat.</translation>
    </message>
    <message>
        <source>Still missing</source>
        <translation>Vielä puuttuu</translation>
    </message>
    <message>
        <source>{0} of {1} measures are still incomplete. You can export now: both files will be marked incomplete and list what is missing.</source>
        <translation>Keskeneräisiä toimenpiteitä on vielä {0}/{1}. Voit viedä palautuksen nyt: molemmat tiedostot merkitään keskeneräisiksi, ja niissä luetellaan, mitä puuttuu.</translation>
    </message>
    <message>
        <source>Nothing is missing: all {0} measures are complete.</source>
        <translation>Mitään ei puutu: kaikki toimenpiteet ({0}) ovat valmiita.</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Kansio</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Valitse…</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Allekirjoitus</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Tunnuslause</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Tunnuslause uudelleen</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Nimesi</translation>
    </message>
    <message>
        <source>Your e-mail</source>
        <translation>Sähköpostiosoitteesi</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Sormenjälki</translation>
    </message>
    <message>
        <source>Signer:</source>
        <translation>Allekirjoittaja:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Tunnuslause:</translation>
    </message>
    <message>
        <source>You have no signing key yet. kotodesk makes one now and keeps it on this computer, locked with a passphrase of at least 8 characters. You need the passphrase every time you sign; nobody can recover it.</source>
        <translation>Sinulla ei ole vielä allekirjoitusavainta. kotodesk luo sen nyt ja säilyttää sen tällä tietokoneella vähintään 8 merkin tunnuslauseella lukittuna. Tarvitset tunnuslauseen aina allekirjoittaessasi; kukaan ei voi palauttaa sitä, jos se unohtuu.</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>&amp;Nimesi:</translation>
    </message>
    <message>
        <source>Your &amp;e-mail:</source>
        <translation>&amp;Sähköpostiosoitteesi:</translation>
    </message>
    <message>
        <source>Passphrase &amp;again:</source>
        <translation>Tunnuslause &amp;uudelleen:</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Viennin eteneminen</translation>
    </message>
    <message>
        <source>&amp;Export and sign</source>
        <translation>Vie ja &amp;allekirjoita</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>Avaa &amp;kansio</translation>
    </message>
    <message>
        <source>Send to &amp;coordinator</source>
        <translation>Lähetä k&amp;oordinaattorille</translation>
    </message>
    <message>
        <source>Write an e-mail draft with both files attached and open it in your mail program</source>
        <translation>Kirjoita sähköpostiluonnos, jonka liitteinä ovat molemmat tiedostot, ja avaa se sähköpostiohjelmassasi</translation>
    </message>
    <message>
        <source>Save in &amp;folder:</source>
        <translation>Ta&amp;llenna kansioon:</translation>
    </message>
    <message>
        <source>Card or token:</source>
        <translation>Kortti tai tunniste:</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN-koodi</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN-koodi:</translation>
    </message>
    <message>
        <source>Save in folder</source>
        <translation>Tallenna kansioon</translation>
    </message>
    <message>
        <source>Choose a folder.</source>
        <translation>Valitse kansio.</translation>
    </message>
    <message>
        <source>Your name is needed for the signature.</source>
        <translation>Allekirjoitukseen tarvitaan nimesi.</translation>
    </message>
    <message>
        <source>The passphrase must have at least 8 characters.</source>
        <translation>Tunnuslauseessa on oltava vähintään 8 merkkiä.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Tunnuslauseet eivät täsmää.</translation>
    </message>
    <message>
        <source>Enter your PIN.</source>
        <translation>Kirjoita PIN-koodisi.</translation>
    </message>
    <message>
        <source>Enter your passphrase.</source>
        <translation>Anna tunnuslauseesi.</translation>
    </message>
    <message>
        <source>Signing and writing…</source>
        <translation>Allekirjoitetaan ja tallennetaan…</translation>
    </message>
    <message>
        <source>Wrote:</source>
        <translation>Tallennettu:</translation>
    </message>
    <message>
        <source>Marked incomplete: {0} measures still lack something.</source>
        <translation>Merkitty keskeneräiseksi: {0} toimenpiteestä puuttuu vielä jotain.</translation>
    </message>
    <message>
        <source>Send both files to the coordinator by e-mail: Send to coordinator writes the e-mail for your mail program.</source>
        <translation>Lähetä molemmat tiedostot koordinaattorille sähköpostilla: painike ”Lähetä koordinaattorille” kirjoittaa viestin valmiiksi sähköpostiohjelmaasi.</translation>
    </message>
    <message>
        <source>Wrote the e-mail draft {0}.</source>
        <translation>Sähköpostiluonnos tallennettu: {0}.</translation>
    </message>
    <message>
        <source>The coordinator&apos;s address cannot be used: {0}. Type the right one in the draft.</source>
        <translation>Koordinaattorin osoitetta ei voi käyttää: {0}. Kirjoita oikea osoite luonnokseen.</translation>
    </message>
    <message>
        <source>The coordinator&apos;s address is not known yet (it comes with the round package): type it in the draft.</source>
        <translation>Koordinaattorin osoitetta ei vielä tiedetä (se tulee kierrospaketin mukana): kirjoita se luonnokseen.</translation>
    </message>
    <message>
        <source>Your mail program opens it: check it and press Send.</source>
        <translation>Sähköpostiohjelmasi avaa sen: tarkista viesti ja paina Lähetä.</translation>
    </message>
    <message>
        <source>Wrong passphrase. Try again.</source>
        <translation>Väärä tunnuslause. Yritä uudelleen.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>kotodesk user guide</source>
        <translation>kotodeskin käyttöohje</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Käyttöohje</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of {0}</source>
        <translation>Toimenpiteen {0} historia</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Muutokset</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>When</source>
        <translation>Milloin</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kuka</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Kenttä</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Ennen</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Jälkeen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>What has been done</source>
        <translation>Mitä on tehty</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Perustelut</translation>
    </message>
    <message>
        <source>Indicator report</source>
        <translation>Raportointi mittarin mukaan</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Kyllä</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ei</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(tyhjä)</translation>
    </message>
</context>
<context>
    <name>ImportChoiceDialog</name>
    <message>
        <source>Import catalogue</source>
        <translation>Tuo toimenpideluettelo</translation>
    </message>
    <message>
        <source>{0} holds the programme “{1}”:</source>
        <translation>Tiedosto {0} sisältää ohjelman ”{1}”:</translation>
    </message>
    <message>
        <source>Measures: {0}.</source>
        <translation>Toimenpiteitä: {0}.</translation>
    </message>
    <message>
        <source>Import it as:</source>
        <translation>Tuo se:</translation>
    </message>
    <message>
        <source>A new &amp;version of</source>
        <translation>&amp;Uusi versio ohjelmasta</translation>
    </message>
    <message>
        <source>Programme the file is a new version of</source>
        <translation>Ohjelma, josta tiedosto on uusi versio</translation>
    </message>
    <message>
        <source>A &amp;new programme “{0}”</source>
        <translation>Uusi &amp;ohjelma ”{0}”</translation>
    </message>
    <message>
        <source>The file names this programme, so it is offered as a new version.</source>
        <translation>Tiedostossa mainitaan tämä ohjelma, joten sitä tarjotaan sen uudeksi versioksi.</translation>
    </message>
    <message>
        <source>The file names no programme kept here: choose.</source>
        <translation>Tiedostossa ei mainita mitään täällä olevaa ohjelmaa: valitse.</translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <source>File</source>
        <translation>Tiedosto</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Tarkistus</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Yksikkö</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Allekirjoittaja</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Allekirjoitettu</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Mitä tapahtui</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Hyväksytty</translation>
    </message>
    <message>
        <source>Superseded by {0}</source>
        <translation>Korvautunut tiedostolla {0}</translation>
    </message>
    <message>
        <source>Same return as {0}</source>
        <translation>Sama palautus kuin {0}</translation>
    </message>
    <message>
        <source>In conflict on {0}</source>
        <translation>Ristiriita toimenpiteissä {0}</translation>
    </message>
    <message>
        <source>Refused: {0}</source>
        <translation>Hylätty: {0}</translation>
    </message>
    <message>
        <source>Accepted by {0}</source>
        <translation>Hyväksynyt {0}</translation>
    </message>
    <message>
        <source>Held, not merged: {0}</source>
        <translation>Pidätetty, ei yhdistetty: {0}</translation>
    </message>
    <message>
        <source>{0} signed {1}</source>
        <translation>{0}, allekirjoitettu {1}</translation>
    </message>
    <message>
        <source>the signer is not on the trust list</source>
        <translation>allekirjoittaja ei ole luottamuslistalla</translation>
    </message>
    <message>
        <source>the return is unsigned</source>
        <translation>palautus on allekirjoittamaton</translation>
    </message>
    <message>
        <source>the signer may not speak for this unit</source>
        <translation>allekirjoittaja ei voi vastata tämän yksikön puolesta</translation>
    </message>
</context>
<context>
    <name>InboxTab</name>
    <message>
        <source>Add &amp;files…</source>
        <translation>&amp;Lisää tiedostoja…</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Lisää tiedostoja</translation>
    </message>
    <message>
        <source>Add fol&amp;der…</source>
        <translation>Lisää &amp;kansio…</translation>
    </message>
    <message>
        <source>Add folder</source>
        <translation>Lisää kansio</translation>
    </message>
    <message>
        <source>Intake progress</source>
        <translation>Vastaanoton eteneminen</translation>
    </message>
    <message>
        <source>%v of %m files</source>
        <translation>%v/%m tiedostoa</translation>
    </message>
    <message>
        <source>Cance&amp;l</source>
        <translation>&amp;Peruuta</translation>
    </message>
    <message>
        <source>Cancel the intake</source>
        <translation>Peruuta vastaanotto</translation>
    </message>
    <message>
        <source>Received files</source>
        <translation>Vastaanotetut tiedostot</translation>
    </message>
    <message>
        <source>Inbox summary</source>
        <translation>Saapuneiden yhteenveto</translation>
    </message>
    <message>
        <source>Selected file</source>
        <translation>Valittu tiedosto</translation>
    </message>
    <message>
        <source>&amp;Trust signer…</source>
        <translation>Luota &amp;allekirjoittajaan…</translation>
    </message>
    <message>
        <source>Trust the signer of the selected file</source>
        <translation>Luota valitun tiedoston allekirjoittajaan</translation>
    </message>
    <message>
        <source>Ta&amp;ke in sealed values…</source>
        <translation>Ota allekir&amp;joitetut arvot vastaan…</translation>
    </message>
    <message>
        <source>Take in the sealed values of the selected file, whose appearance changed</source>
        <translation>Ota vastaan valitun tiedoston allekirjoitetut arvot, vaikka sen ulkoasu on muuttunut</translation>
    </message>
    <message>
        <source>Round {0} is closed: returns for it are refused. Choose the open round above, or open a new round under Outputs.</source>
        <translation>Seurantakierros {0} on päättynyt: sen palautukset hylätään. Valitse avoin kierros yläpuolelta tai avaa uusi kierros Tulosteet-välilehdellä.</translation>
    </message>
    <message>
        <source>No returns received for this round yet.</source>
        <translation>Tälle seurantakierrokselle ei ole vielä saapunut palautuksia.</translation>
    </message>
    <message>
        <source>, {0} set aside (not returns)</source>
        <translation>, {0} jätetty sivuun (ei palautuksia)</translation>
    </message>
    <message>
        <source>Select a file to see its verification in full.</source>
        <translation>Valitse tiedosto, niin näet sen tarkistuksen kokonaan.</translation>
    </message>
    <message>
        <source>Signer: {0}</source>
        <translation>Allekirjoittaja: {0}</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256): {0}</source>
        <translation>Sormenjälki (SHA-256): {0}</translation>
    </message>
    <message>
        <source>Take in the sealed values</source>
        <translation>Allekirjoitettujen arvojen vastaanotto</translation>
    </message>
    <message>
        <source>{0} was changed after signing, but only in how it looks: every value it shows is what {1} signed. Take in its signed values? Its signer must still be trusted for its unit; the inbox and the merged report mark it as changed in appearance, and the signed PDF shows what the signer saw.</source>
        <translation>Tiedostoa {0} on muutettu allekirjoituksen jälkeen, mutta vain sen ulkoasua: jokainen sen näyttämä arvo on se, minkä {1} allekirjoitti. Otetaanko sen allekirjoitetut arvot vastaan? Allekirjoittajan täytyy silti olla luotettu yksikkönsä puolesta; saapuneet-luettelo ja yhdistetty raportti merkitsevät sen ulkoasultaan muutetuksi, ja allekirjoitettu PDF näyttää sen, minkä allekirjoittaja näki.</translation>
    </message>
    <message>
        <source>the signer</source>
        <translation>allekirjoittaja</translation>
    </message>
    <message>
        <source>{0} was not taken in: {1}</source>
        <translation>Tiedostoa {0} ei otettu vastaan: {1}</translation>
    </message>
    <message>
        <source>Add returns</source>
        <translation>Lisää palautuksia</translation>
    </message>
    <message>
        <source>Returns (*.xlsx *.pdf);;All files (*)</source>
        <translation>Palautukset (*.xlsx *.pdf);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>Add a folder of returns</source>
        <translation>Lisää palautuksia kansiosta</translation>
    </message>
    <message>
        <source>This programme has no round to take returns into. Open a round under Outputs.</source>
        <translation>Tällä ohjelmalla ei ole kierrosta, johon palautuksia voisi ottaa vastaan. Avaa kierros Tulosteet-välilehdellä.</translation>
    </message>
    <message>
        <source>Looking for returns…</source>
        <translation>Etsitään palautuksia…</translation>
    </message>
    <message>
        <source>Taking in {0}…</source>
        <translation>Otetaan vastaan {0}…</translation>
    </message>
    <message>
        <source>Stopped after {0} of {1} files: {2}</source>
        <translation>Pysähtyi {0}/{1} tiedoston jälkeen: {2}</translation>
    </message>
    <message>
        <source>Cancelled after {0} of {1} files: {2} taken in, {3} refused; the rest were not touched.</source>
        <translation>Keskeytetty {0}/{1} tiedoston jälkeen: {2} otettu vastaan, {3} hylätty; muihin ei koskettu.</translation>
    </message>
    <message>
        <source>Cancelled: {0} of {1} files were taken in; the rest were not touched.</source>
        <translation>Peruutettu: {0}/{1} tiedostoa otettiin vastaan; muihin ei koskettu.</translation>
    </message>
    <message>
        <source>Files taken in: {0}; refused: {1}; set aside as kotodesk&apos;s own reports, not returns: {2} (the column What happened says why).</source>
        <translation>Tiedostoja otettu vastaan: {0}; hylätty: {1}; jätetty sivuun kotodeskin omina raportteina, ei palautuksina: {2} (syy näkyy sarakkeessa Mitä tapahtui).</translation>
    </message>
    <message>
        <source>Files taken in: {0}.</source>
        <translation>Vastaanotettuja tiedostoja: {0}.</translation>
    </message>
    <message>
        <source>Stopped when the window closed: {0} of {1} files were taken in.</source>
        <translation>Pysähtyi, kun ikkuna suljettiin: {0}/{1} tiedostoa otettiin vastaan.</translation>
    </message>
    <message>
        <source>Drop the returns here: .xlsx and .pdf files, or whole folders. Each file is verified, then merged into the round, held apart (unknown signer, unsigned) or refused with the reason.</source>
        <translation>Pudota palautukset tähän: .xlsx- ja .pdf-tiedostoja tai kokonaisia kansioita. Jokainen tiedosto tarkistetaan ja yhdistetään kierrokseen, pidätetään (tuntematon allekirjoittaja, allekirjoittamaton) tai hylätään syyn kera.</translation>
    </message>
    <message>
        <source>Acc&amp;ept this file</source>
        <translation>H&amp;yväksy tämä tiedosto</translation>
    </message>
    <message>
        <source>Count the selected held file</source>
        <translation>Ota valittu pidätetty tiedosto mukaan</translation>
    </message>
    <message>
        <source>{0} files: {1} accepted, {2} superseded, {3} same return again, {4} in conflict, {5} held apart, {6} refused</source>
        <translation>{0} tiedostoa: {1} hyväksytty, {2} korvautunut, {3} sama palautus uudelleen, {4} ristiriidassa, {5} pidätetty, {6} hylätty</translation>
    </message>
    <message>
        <source>Files taken in: {0}; refused: {1} (the column What happened says why).</source>
        <translation>Tiedostoja otettu vastaan: {0}; hylätty: {1} (syy näkyy sarakkeessa Mitä tapahtui).</translation>
    </message>
    <message>
        <source>{0} is trusted now. Received files that count now: {1}; held apart now: {2}.</source>
        <translation>{0} on nyt luotettu. Saapuneita tiedostoja, jotka ovat nyt mukana: {1}; nyt pidätettyjä: {2}.</translation>
    </message>
    <message>
        <source>Accept this file?</source>
        <translation>Hyväksytäänkö tiedosto?</translation>
    </message>
    <message>
        <source>{0} is held apart: {1}.

Accept it anyway? Its entries then count for {2} like a trusted return&apos;s, marked as such in the merged report.</source>
        <translation>{0} on pidätetty: {1}.

Hyväksytäänkö se silti? Sen tiedot lasketaan silloin yksikölle {2} kuten luotetun palautuksen, ja yhdistetyssä raportissa se merkitään sellaiseksi.</translation>
    </message>
    <message>
        <source>{0} counts now.</source>
        <translation>{0} on nyt mukana.</translation>
    </message>
    <message>
        <source>Held apart: it is not merged and replaces nothing until you trust its signer or accept this file.</source>
        <translation>Pidätetty: sitä ei yhdistetä eikä se korvaa mitään, ennen kuin luotat allekirjoittajaan tai hyväksyt tämän tiedoston.</translation>
    </message>
</context>
<context>
    <name>IndicatorInputs</name>
    <message>
        <source>yes/no</source>
        <translation>kyllä/ei</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>prosentti</translation>
    </message>
    <message>
        <source>count</source>
        <translation>lukumäärä</translation>
    </message>
    <message>
        <source>number</source>
        <translation>luku</translation>
    </message>
    <message>
        <source>text</source>
        <translation>teksti</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Kyllä</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ei</translation>
    </message>
    <message>
        <source>Give a percentage from 0 to 100, e.g. 12,5</source>
        <translation>Anna prosentti väliltä 0–100, esim. 12,5</translation>
    </message>
    <message>
        <source>Give a whole number, e.g. 13 or 1 000</source>
        <translation>Anna kokonaisluku, esim. 13 tai 1 000</translation>
    </message>
    <message>
        <source>Give a number, e.g. 17,3</source>
        <translation>Anna luku, esim. 17,3</translation>
    </message>
    <message>
        <source>Not a valid value</source>
        <translation>Arvo ei kelpaa</translation>
    </message>
</context>
<context>
    <name>IssuedModel</name>
    <message>
        <source>Serial</source>
        <translation>Sarjanumero</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>May speak for</source>
        <translation>Saa puhua puolesta</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Voimassa asti</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Revoked {0} ({1})</source>
        <translation>Peruutettu {0} ({1})</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Voimassa</translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <source>Signing key and trust</source>
        <translation>Allekirjoitusavain ja luottamus</translation>
    </message>
    <message>
        <source>&amp;Your key</source>
        <translation>&amp;Oma avain</translation>
    </message>
    <message>
        <source>&amp;Trusted signers</source>
        <translation>&amp;Luotetut allekirjoittajat</translation>
    </message>
    <message>
        <source>&amp;Save certificate…</source>
        <translation>&amp;Tallenna varmenne…</translation>
    </message>
    <message>
        <source>Use an &amp;organisation&apos;s key (.p12/.pfx)…</source>
        <translation>&amp;Käytä organisaation avainta (.p12/.pfx)…</translation>
    </message>
    <message>
        <source>Use a &amp;card or token…</source>
        <translation>Allekirjoita &amp;sirukortilla tai tunnisteella…</translation>
    </message>
    <message>
        <source>Re&amp;quest a certificate…</source>
        <translation>&amp;Pyydä varmennetta…</translation>
    </message>
    <message>
        <source>Ask the programme&apos;s certificate authority for a certificate stating your unit</source>
        <translation>Pyydä ohjelman varmentajalta varmenne, jossa lukee yksikkösi</translation>
    </message>
    <message>
        <source>I&amp;nstall issued certificate…</source>
        <translation>&amp;Asenna myönnetty varmenne…</translation>
    </message>
    <message>
        <source>Trusted signers</source>
        <translation>Luotetut allekirjoittajat</translation>
    </message>
    <message>
        <source>&amp;Import certificate…</source>
        <translation>&amp;Tuo varmenne…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Poista</translation>
    </message>
    <message>
        <source>Trust a certificate &amp;authority…</source>
        <translation>Luota v&amp;armentajaan…</translation>
    </message>
    <message>
        <source>Trust the programme&apos;s root certificate, or your organisation&apos;s CA chain, once: every return certified by it counts for the units its certificate states</source>
        <translation>Luota kerran ohjelman juurivarmenteeseen tai organisaatiosi varmentajaketjuun: jokainen sen varmentama palautus lasketaan niille yksiköille, jotka varmenteessa mainitaan</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Yksikkö</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisaatio</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Voimassa asti</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256)</source>
        <translation>Sormenjälki (SHA-256)</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Avain</translation>
    </message>
    <message>
        <source>on the card or token {0} (the PIN is asked when you sign)</source>
        <translation>kortilla tai tunnisteella {0} (PIN-koodi kysytään allekirjoitettaessa)</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Myöntäjä</translation>
    </message>
    <message>
        <source>Read the fingerprint to the coordinator when they ask, and send them the certificate (it holds no secret).</source>
        <translation>Lue sormenjälki koordinaattorille, kun hän kysyy, ja lähetä hänelle varmenne (siinä ei ole mitään salaista).</translation>
    </message>
    <message>
        <source>Save certificate</source>
        <translation>Tallenna varmenne</translation>
    </message>
    <message>
        <source>Certificate (*.pem)</source>
        <translation>Varmenne (*.pem)</translation>
    </message>
    <message>
        <source>Organisation&apos;s key file</source>
        <translation>Organisaation avaintiedosto</translation>
    </message>
    <message>
        <source>Key files (*.p12 *.pfx)</source>
        <translation>Avaintiedostot (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Replace your key?</source>
        <translation>Korvataanko avaimesi?</translation>
    </message>
    <message>
        <source>This replaces the key kotodesk made for you. Files you signed with it stay verifiable. Continue?</source>
        <translation>Tämä korvaa avaimen, jonka kotodesk loi sinulle. Sillä allekirjoittamasi tiedostot voidaan edelleen tarkistaa. Jatketaanko?</translation>
    </message>
    <message>
        <source>Passphrase of {0}:</source>
        <translation>Tiedoston {0} tunnuslause:</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>Tunnuslauseesi</translation>
    </message>
    <message>
        <source>A passphrase of at least 8 characters for kotodesk to lock the key with (empty: the same as the file&apos;s):</source>
        <translation>Vähintään 8 merkin tunnuslause, jolla kotodesk lukitsee avaimen (tyhjä: sama kuin tiedoston):</translation>
    </message>
    <message>
        <source>Install issued certificate</source>
        <translation>Asenna myönnetty varmenne</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Varmenteet (*.pem *.crt *.cer);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>Installed the certificate of {0}, {1}, issued by {2}; your signatures carry it from now on.</source>
        <translation>Asennettu varmenne: {0}, {1}, myöntäjä {2}; allekirjoituksesi sisältävät sen tästä lähtien.</translation>
    </message>
    <message>
        <source>Trust a certificate authority</source>
        <translation>Luota varmentajaan</translation>
    </message>
    <message>
        <source>Trusted certificate authority: {0}.</source>
        <translation>Luotettu varmentaja: {0}.</translation>
    </message>
    <message>
        <source>Import certificate</source>
        <translation>Tuo varmenne</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Varmenteet (*.pem *.crt *.cer *.der);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>&amp;Edit role and units…</source>
        <translation>&amp;Muokkaa roolia ja yksiköitä…</translation>
    </message>
    <message>
        <source>Con&amp;firm as shown</source>
        <translation>&amp;Vahvista sellaisenaan</translation>
    </message>
    <message>
        <source>What the last change did</source>
        <translation>Mitä viimeisin muutos teki</translation>
    </message>
    <message>
        <source>Files signed by these people are shown as valid, and a return counts only for the units its signer may speak for; round packages and merged reports only from a coordinator. Others&apos; signatures are checked too, but their files are held apart until you trust them.</source>
        <translation>Näiden ihmisten allekirjoittamat tiedostot näytetään kelvollisina, ja palautus lasketaan vain niille yksiköille, joiden puolesta allekirjoittaja voi vastata; kierrospaketit ja yhdistetyt raportit vain koordinaattorilta. Muidenkin allekirjoitukset tarkistetaan, mutta heidän tiedostonsa pidätetään, kunnes luotat heihin.</translation>
    </message>
    <message>
        <source>Remove trust?</source>
        <translation>Poistetaanko luottamus?</translation>
    </message>
    <message>
        <source>Stop trusting {0}? Their received returns are held apart from now on, and the round is merged again without them.</source>
        <translation>Lakataanko luottamasta allekirjoittajaan {0}? Häneltä saapuneet palautukset pidätetään tästä lähtien, ja kierros yhdistetään uudelleen ilman niitä.</translation>
    </message>
    <message>
        <source>Count now: {0}.</source>
        <translation>Nyt mukana: {0}.</translation>
    </message>
    <message>
        <source>Held apart now: {0}.</source>
        <translation>Nyt pidätetty: {0}.</translation>
    </message>
    <message>
        <source>&amp;Make a signing key…</source>
        <translation>T&amp;ee allekirjoitusavain…</translation>
    </message>
    <message>
        <source>You have no signing key yet. Make one here (a coordinator needs one to sign round packages and merged reports), or use your organisation&apos;s key file; a contact person&apos;s is also made on the first export of a signed return.</source>
        <translation>Sinulla ei ole vielä allekirjoitusavainta. Tee se tässä (koordinaattori tarvitsee sen kierrospakettien ja yhdistettyjen raporttien allekirjoittamiseen) tai käytä organisaatiosi avaintiedostoa; yhteyshenkilön avain syntyy myös, kun hän vie ensimmäisen allekirjoitetun palautuksen.</translation>
    </message>
</context>
<context>
    <name>Links</name>
    <message>
        <source>Open a link</source>
        <translation>Avaa linkki</translation>
    </message>
    <message>
        <source>The text links to

{0}

Open it in the web browser? The browser connects to the internet; kotodesk itself never does.</source>
        <translation>Tekstissä on linkki osoitteeseen

{0}

Avataanko se verkkoselaimessa? Selain ottaa yhteyden internetiin; kotodesk itse ei koskaan ota.</translation>
    </message>
    <message>
        <source>&amp;Open in browser</source>
        <translation>&amp;Avaa selaimessa</translation>
    </message>
    <message>
        <source>&amp;Copy address</source>
        <translation>&amp;Kopioi osoite</translation>
    </message>
</context>
<context>
    <name>MailDrafts</name>
    <message>
        <source>Save the e-mail drafts in</source>
        <translation>Tallenna sähköpostiluonnokset kansioon</translation>
    </message>
    <message>
        <source>Wrote {0} e-mail drafts in {1}; your mail program opens each: check it and press Send.</source>
        <translation>{0} sähköpostiluonnosta tallennettu kansioon {1}; sähköpostiohjelmasi avaa jokaisen: tarkista viesti ja paina Lähetä.</translation>
    </message>
    <message>
        <source>{0} drafts have no address (the register and the trusted signers know none for the unit): type it in the draft.</source>
        <translation>{0} luonnoksesta puuttuu osoite (rekisteri ja luotetut allekirjoittajat eivät tunne yksikölle osoitetta): kirjoita se luonnokseen.</translation>
    </message>
    <message>
        <source>Addresses left out: {0}. Correct them, or type the right one in the draft.</source>
        <translation>Osoitteita jätettiin pois: {0}. Korjaa ne tai kirjoita oikea osoite luonnokseen.</translation>
    </message>
    <message>
        <source>No mail program opened {0} of the drafts: open the .eml files from the folder, or attach the files to a new e-mail by hand.</source>
        <translation>Mikään sähköpostiohjelma ei avannut {0} luonnosta: avaa .eml-tiedostot kansiosta tai liitä tiedostot uuteen viestiin käsin.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Still missing</source>
        <translation>Vielä puuttuu</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Ohjelma</translation>
    </message>
    <message>
        <source>Programme:</source>
        <translation>Ohjelma:</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tiedosto</translation>
    </message>
    <message>
        <source>&amp;Save now</source>
        <translation>&amp;Tallenna nyt</translation>
    </message>
    <message>
        <source>&amp;Export signed return…</source>
        <translation>&amp;Vie allekirjoitettu palautus…</translation>
    </message>
    <message>
        <source>&amp;Verify files…</source>
        <translation>T&amp;arkista tiedostot…</translation>
    </message>
    <message>
        <source>&amp;Take in round package…</source>
        <translation>Tuo &amp;kierrospaketti…</translation>
    </message>
    <message>
        <source>&amp;Import catalogue…</source>
        <translation>T&amp;uo toimenpideluettelo…</translation>
    </message>
    <message>
        <source>E&amp;xport catalogue…</source>
        <translation>Vi&amp;e toimenpideluettelo…</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Ota varmuuskopio…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Palauta varmuuskopiosta…</translation>
    </message>
    <message>
        <source>Export &amp;all data…</source>
        <translation>Vie kaikki t&amp;iedot…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Lopeta</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Muokkaa</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Kumoa</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Tee uudelleen</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Etsi…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Siirry</translation>
    </message>
    <message>
        <source>&amp;Next measure</source>
        <translation>&amp;Seuraava toimenpide</translation>
    </message>
    <message>
        <source>&amp;Previous measure</source>
        <translation>&amp;Edellinen toimenpide</translation>
    </message>
    <message>
        <source>Next &amp;missing item</source>
        <translation>Seuraava &amp;puuttuva kohta</translation>
    </message>
    <message>
        <source>&amp;Coordinator</source>
        <translation>&amp;Koordinaattori</translation>
    </message>
    <message>
        <source>&amp;Returns, merging and outputs…</source>
        <translation>&amp;Palautukset, yhdistäminen ja tulosteet…</translation>
    </message>
    <message>
        <source>Programme certificate &amp;authority…</source>
        <translation>Ohjelman &amp;varmentaja…</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Asetukset</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Muuta asetuksia…</translation>
    </message>
    <message>
        <source>Signing &amp;key and trust…</source>
        <translation>&amp;Allekirjoitusavain ja luottamus…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ohje</translation>
    </message>
    <message>
        <source>&amp;About kotodesk</source>
        <translation>&amp;Tietoja kotodeskistä</translation>
    </message>
    <message>
        <source>No reporting round is open for this programme: there is nothing to fill in.</source>
        <translation>Tällä ohjelmalla ei ole avointa seurantakierrosta: täytettävää ei ole.</translation>
    </message>
    <message>
        <source>This round is closed: there is nothing to fill in.</source>
        <translation>Tämä seurantakierros on päättynyt: täytettävää ei ole.</translation>
    </message>
    <message>
        <source>Export signed return</source>
        <translation>Vie allekirjoitettu palautus</translation>
    </message>
    <message>
        <source>Choose your unit in Settings first.</source>
        <translation>Valitse ensin yksikkösi asetuksista.</translation>
    </message>
    <message>
        <source>Verify files</source>
        <translation>Tarkista tiedostot</translation>
    </message>
    <message>
        <source>kotodesk files (*.xlsx *.pdf);;All files (*)</source>
        <translation>kotodesk-tiedostot (*.xlsx *.pdf);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>Import catalogue</source>
        <translation>Tuo toimenpideluettelo</translation>
    </message>
    <message>
        <source>Catalogues (*.xlsx *.txt *.tsv *.json);;All files (*)</source>
        <translation>Toimenpideluettelot (*.xlsx *.txt *.tsv *.json);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>Export catalogue</source>
        <translation>Vie toimenpideluettelo</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-työkirja (*.xlsx)</translation>
    </message>
    <message>
        <source>Wrote {0}</source>
        <translation>Tallennettu: {0}</translation>
    </message>
    <message>
        <source>Some changes could not be saved. Quit anyway?</source>
        <translation>Kaikkia muutoksia ei voitu tallentaa. Lopetetaanko silti?</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Käyttöohje</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Pikanäppäimet</translation>
    </message>
    <message>
        <source>Your unit answers for no measure of this programme in this round: there is nothing to fill in. Check your unit in Settings › Preferences.</source>
        <translation>Yksikkösi ei vastaa yhdestäkään tämän ohjelman toimenpiteestä tällä kierroksella: täytettävää ei ole. Tarkista yksikkösi kohdassa Asetukset › Muuta asetuksia.</translation>
    </message>
    <message>
        <source>Nothing is missing.</source>
        <translation>Mitään ei puutu.</translation>
    </message>
    <message>
        <source>Take in round package</source>
        <translation>Tuo kierrospaketti</translation>
    </message>
</context>
<context>
    <name>MeasureEditor</name>
    <message>
        <source>Read only</source>
        <translation>Vain luku</translation>
    </message>
    <message>
        <source>Save state</source>
        <translation>Tallennuksen tila</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historia…</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Reporting against the indicators</source>
        <translation>Raportointi mittarin mukaan</translation>
    </message>
    <message>
        <source>Reported against the indicator</source>
        <translation>Raportoitu mittarin mukaan</translation>
    </message>
    <message>
        <source>What has been done?</source>
        <translation>Mitä on tehty?</translation>
    </message>
    <message>
        <source>A short description or a link to one. If not realised, the reasons.</source>
        <translation>Lyhyt kuvaus tai linkki kuvaukseen. Mikäli ei toteudu, perustelut.</translation>
    </message>
    <message>
        <source>What has been done</source>
        <translation>Mitä on tehty</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Perustelut</translation>
    </message>
    <message>
        <source>Last round&apos;s entry</source>
        <translation>Edellisen seurantakierroksen merkintä</translation>
    </message>
    <message>
        <source>&amp;Copy to this round</source>
        <translation>Kop&amp;ioi tälle kierrokselle</translation>
    </message>
    <message>
        <source>No reporting round is open for this programme: its measures can be read, not reported on.</source>
        <translation>Tällä ohjelmalla ei ole avointa seurantakierrosta: toimenpiteitä voi lukea mutta niistä ei voi raportoida.</translation>
    </message>
    <message>
        <source>This round is closed: its entries can be read, not changed.</source>
        <translation>Tämä seurantakierros on päättynyt: merkintöjä voi lukea mutta ei muuttaa.</translation>
    </message>
    <message>
        <source>Shown: what the report said for the measure as a whole, not one unit&apos;s own entry.</source>
        <translation>Näytetään raportin teksti koko toimenpiteestä, ei yhden yksikön omaa merkintää.</translation>
    </message>
    <message>
        <source>Shown: the entry of {0}.</source>
        <translation>Näytetään merkintä: {0}.</translation>
    </message>
    <message>
        <source>The report states no status for this measure.</source>
        <translation>Raportti ei ilmoita toimenpiteen tilaa.</translation>
    </message>
    <message>
        <source>Your unit is not responsible for this measure; it is shown for reading.</source>
        <translation>Yksikkösi ei ole tämän toimenpiteen vastuutaho; toimenpide näytetään vain luettavaksi.</translation>
    </message>
    <message>
        <source>The programme names no responsible unit for this measure: any unit may report on it.</source>
        <translation>Ohjelmassa ei nimetä tälle toimenpiteelle vastuutahoa: mikä tahansa yksikkö voi raportoida siitä.</translation>
    </message>
    <message>
        <source>Reported together with {0}.</source>
        <translation>Raportoidaan yhdessä seuraavien kanssa: {0}.</translation>
    </message>
    <message>
        <source>Last round ({0})</source>
        <translation>Edellinen seurantakierros ({0})</translation>
    </message>
    <message>
        <source>No entry in the last round.</source>
        <translation>Edelliseltä seurantakierrokselta ei ole merkintää.</translation>
    </message>
    <message>
        <source>Your unit&apos;s entry</source>
        <translation>Yksikkösi merkintä</translation>
    </message>
    <message>
        <source>The report said, for the measure as a whole</source>
        <translation>Raportissa koko toimenpiteestä</translation>
    </message>
    <message>
        <source>This text speaks for the measure as a whole, not for your unit: Copy to this round does not take it.</source>
        <translation>Teksti koskee koko toimenpidettä eikä ole yksikkösi oma: Kopioi tälle kierrokselle ei ota sitä.</translation>
    </message>
    <message>
        <source>Your unit&apos;s text, not in the merged round</source>
        <translation>Yksikkösi teksti, ei yhdistetyssä kierroksessa</translation>
    </message>
    <message>
        <source>The coordinator&apos;s round package does not carry this text as merged (it was not sent, or not taken in): it is not last round&apos;s report, and Copy to this round does not take it.</source>
        <translation>Koordinaattorin kierrospaketti ei sisällä tätä tekstiä yhdistettynä (sitä ei lähetetty tai sitä ei otettu mukaan): se ei ole edellisen kierroksen raporttia, eikä Kopioi tälle kierrokselle ota sitä.</translation>
    </message>
    <message>
        <source>Not stated in the report</source>
        <translation>Ei ilmoitettu raportissa</translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation>Ei raportoitu</translation>
    </message>
    <message>
        <source>Status: {0}</source>
        <translation>Tila: {0}</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Tallennetaan…</translation>
    </message>
    <message>
        <source>Saved at {0}</source>
        <translation>Tallennettu klo {0}</translation>
    </message>
    <message>
        <source>Everything is saved</source>
        <translation>Kaikki on tallennettu</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n merkki</numerusform>
            <numerusform>%n merkkiä</numerusform>
        </translation>
    </message>
    <message>
        <source>That is more than an Excel cell holds ({0}): shorten the text or link to a longer one before you export.</source>
        <translation>Se on enemmän kuin Excel-soluun mahtuu ({0}): lyhennä tekstiä tai linkitä pidempään tekstiin ennen kuin viet palautuksen.</translation>
    </message>
    <message>
        <source>Links:</source>
        <translation>Linkit:</translation>
    </message>
    <message>
        <source>(required: why has the measure not started?)</source>
        <translation>(pakollinen: miksi toimenpide ei ole käynnistynyt?)</translation>
    </message>
    <message>
        <source>(optional: why is the measure behind schedule?)</source>
        <translation>(vapaaehtoinen: miksi toimenpide on jäljessä aikataulusta?)</translation>
    </message>
    <message>
        <source>Copy to this round</source>
        <translation>Kopioi tälle kierrokselle</translation>
    </message>
    <message>
        <source>“What has been done?” already has text. Replace it with last round&apos;s text? (Undo, Ctrl+Z, brings your text back.)</source>
        <translation>Kohdassa ”Mitä on tehty?” on jo tekstiä. Korvataanko se edellisen kierroksen tekstillä? (Kumoa, Ctrl+Z, palauttaa tekstisi.)</translation>
    </message>
    <message>
        <source>Copy last round&apos;s entry</source>
        <translation>Kopioi edellisen kierroksen merkintä</translation>
    </message>
</context>
<context>
    <name>MeasureInfo</name>
    <message>
        <source>yes/no</source>
        <translation>kyllä/ei</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>prosentti</translation>
    </message>
    <message>
        <source>count</source>
        <translation>lukumäärä</translation>
    </message>
    <message>
        <source>number</source>
        <translation>luku</translation>
    </message>
    <message>
        <source>text</source>
        <translation>teksti</translation>
    </message>
    <message>
        <source>Theme and goal</source>
        <translation>Teema ja tavoite</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Toimenpide</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Seuranta</translation>
    </message>
    <message>
        <source>Responsible units</source>
        <translation>Vastuutahot</translation>
    </message>
    <message>
        <source>Choose a measure on the left.</source>
        <translation>Valitse toimenpide vasemmalta.</translation>
    </message>
    <message>
        <source>Goal {0}. {1}</source>
        <translation>Tavoite {0}. {1}</translation>
    </message>
    <message>
        <source>Tags: {0}</source>
        <translation>Tunnisteet: {0}</translation>
    </message>
    <message>
        <source>Highlighted project (Nosto): reported as a description, without an indicator.</source>
        <translation>Nosto: esiteltävä hanke, josta raportoidaan kuvauksena ilman mittaria.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ei määritelty)</translation>
    </message>
    <message>
        <source>(taking part)</source>
        <translation>(osallistuu)</translation>
    </message>
</context>
<context>
    <name>MeasureList</name>
    <message>
        <source>Search measures and narratives (Ctrl+F)</source>
        <translation>Hae toimenpiteistä ja kuvauksista (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Haku</translation>
    </message>
    <message>
        <source>Show &amp;all measures of the programme</source>
        <translation>&amp;Näytä ohjelman kaikki toimenpiteet</translation>
    </message>
    <message>
        <source>Show all measures</source>
        <translation>Näytä kaikki toimenpiteet</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Toimenpiteet</translation>
    </message>
    <message>
        <source>Search result</source>
        <translation>Haun tulos</translation>
    </message>
    <message>
        <source>No measure matches “{0}”.</source>
        <translation>Haulla ”{0}” ei löytynyt yhtään toimenpidettä.</translation>
    </message>
    <message>
        <source>Only your unit&apos;s measures are searched; tick “Show all measures of the programme” to search them all.</source>
        <translation>Haku kattaa vain yksikkösi toimenpiteet; valitse ”Näytä ohjelman kaikki toimenpiteet”, niin haku kattaa kaikki.</translation>
    </message>
</context>
<context>
    <name>MeasureStatusModel</name>
    <message>
        <source>Measure</source>
        <translation>Toimenpide</translation>
    </message>
    <message>
        <source>Units&apos; statuses</source>
        <translation>Yksiköiden tilat</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Oletus</translation>
    </message>
    <message>
        <source>Merged status</source>
        <translation>Yhdistetty tila</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Huomautus</translation>
    </message>
    <message>
        <source>{0} units</source>
        <translation>{0} yksikköä</translation>
    </message>
    <message>
        <source>{0} (set by you)</source>
        <translation>{0} (asetettu käsin)</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>follows the return layout but carries no kotodesk signature</source>
        <translation>noudattaa palautuksen taulukkoa, mutta siinä ei ole kotodeskin allekirjoitusta</translation>
    </message>
    <message>
        <source>not a kotodesk file (no kotodesk signature and not the return layout)</source>
        <translation>ei kotodesk-tiedosto (ei kotodeskin allekirjoitusta eikä palautuksen taulukkoa)</translation>
    </message>
    <message>
        <source>the copies of the signature in the file differ</source>
        <translation>tiedoston allekirjoituksen kopiot eroavat toisistaan</translation>
    </message>
    <message>
        <source>the signed content was changed after signing</source>
        <translation>allekirjoitettua sisältöä on muutettu allekirjoituksen jälkeen</translation>
    </message>
    <message>
        <source>{place}: a formula was put in after signing</source>
        <translation>{place}: kaava on lisätty allekirjoituksen jälkeen</translation>
    </message>
    <message>
        <source>sheet {sheet}, cell {cell}</source>
        <translation>taulukko {sheet}, solu {cell}</translation>
    </message>
    <message>
        <source>a sheet</source>
        <translation>eräs taulukko</translation>
    </message>
    <message>
        <source>the signed content is not a kotodesk report ({detail})</source>
        <translation>allekirjoitettu sisältö ei ole kotodesk-raportti ({detail})</translation>
    </message>
    <message>
        <source>the sheets were changed: signed {signed}, found {found}</source>
        <translation>taulukoita on muutettu: allekirjoitettu {signed}, löytyi {found}</translation>
    </message>
    <message>
        <source>sheet {sheet}, cell {cell}: shows {shown} but {signed} was signed</source>
        <translation>taulukko {sheet}, solu {cell}: näyttää {shown}, mutta allekirjoitettiin {signed}</translation>
    </message>
    <message>
        <source>sheet {sheet}, cell {cell}: {text} was added after signing</source>
        <translation>taulukko {sheet}, solu {cell}: {text} on lisätty allekirjoituksen jälkeen</translation>
    </message>
    <message>
        <source>values unchanged, appearance changed ({what}): the signed PDF is authoritative</source>
        <translation>arvot ennallaan, ulkoasu muuttunut ({what}): allekirjoitettu PDF on ratkaiseva</translation>
    </message>
    <message>
        <source>values as signed, but the workbook shows them otherwise than kotodesk writes them ({what}): the signed PDF is authoritative</source>
        <translation>arvot allekirjoitetun mukaiset, mutta työkirja näyttää ne toisin kuin kotodesk ne kirjoittaa ({what}): allekirjoitettu PDF on ratkaiseva</translation>
    </message>
    <message>
        <source>a number format that can show other words or figures than a cell holds</source>
        <translation>lukumuotoilu, joka voi näyttää muita sanoja tai lukuja kuin solussa on</translation>
    </message>
    <message>
        <source>conditional formatting</source>
        <translation>ehdollinen muotoilu</translation>
    </message>
    <message>
        <source>hidden rows, columns or sheets</source>
        <translation>piilotettuja rivejä, sarakkeita tai taulukoita</translation>
    </message>
    <message>
        <source>text too small to read, or in the colour it stands on</source>
        <translation>liian pientä tekstiä tai tekstiä taustansa värillä</translation>
    </message>
    <message>
        <source>added {part} ({what})</source>
        <translation>lisätty {part} ({what})</translation>
    </message>
    <message>
        <source>removed {part} ({what})</source>
        <translation>poistettu {part} ({what})</translation>
    </message>
    <message>
        <source>changed {part} ({what})</source>
        <translation>muutettu {part} ({what})</translation>
    </message>
    <message>
        <source>changed {part} (the part holding the signature)</source>
        <translation>muutettu {part} (allekirjoituksen sisältävä osa)</translation>
    </message>
    <message>
        <source>{changes} and {count} more</source>
        <translation>{changes} ja {count} muuta</translation>
    </message>
    <message>
        <source>saved again by {program}: {changes}</source>
        <translation>tallennettu uudelleen ohjelmalla {program}: {changes}</translation>
    </message>
    <message>
        <source>styles and number formats</source>
        <translation>tyylit ja lukumuodot</translation>
    </message>
    <message>
        <source>the sheet list, sheet names, hidden sheets or defined names</source>
        <translation>taulukkoluettelo, taulukoiden nimet, piilotetut taulukot tai määritetyt nimet</translation>
    </message>
    <message>
        <source>cells, row heights and column widths, hidden rows or columns, merged cells or conditional formats</source>
        <translation>solut, rivien korkeudet ja sarakkeiden leveydet, piilotetut rivit tai sarakkeet, yhdistetyt solut tai ehdolliset muotoilut</translation>
    </message>
    <message>
        <source>drawings or pictures</source>
        <translation>piirrokset tai kuvat</translation>
    </message>
    <message>
        <source>comments</source>
        <translation>kommentit</translation>
    </message>
    <message>
        <source>external links</source>
        <translation>ulkoiset linkit</translation>
    </message>
    <message>
        <source>embedded objects or controls</source>
        <translation>upotetut objektit tai ohjausobjektit</translation>
    </message>
    <message>
        <source>charts or extra sheets</source>
        <translation>kaaviot tai lisätaulukot</translation>
    </message>
    <message>
        <source>links between parts: hyperlinks, pictures, comments or external links</source>
        <translation>osien väliset linkit: hyperlinkit, kuvat, kommentit tai ulkoiset linkit</translation>
    </message>
    <message>
        <source>the workbook&apos;s text table</source>
        <translation>työkirjan tekstitaulukko</translation>
    </message>
    <message>
        <source>document properties</source>
        <translation>tiedoston ominaisuudet</translation>
    </message>
    <message>
        <source>the list of the file&apos;s parts</source>
        <translation>tiedoston osien luettelo</translation>
    </message>
    <message>
        <source>custom XML data</source>
        <translation>mukautettu XML-data</translation>
    </message>
    <message>
        <source>the theme or print settings</source>
        <translation>teema tai tulostusasetukset</translation>
    </message>
    <message>
        <source>a part kotodesk does not write</source>
        <translation>osa, jota kotodesk ei kirjoita</translation>
    </message>
    <message>
        <source>sealed by an earlier kotodesk version, whose signature covers the values but not how the workbook looks</source>
        <translation>allekirjoitettu kotodeskin aiemmalla versiolla, jonka allekirjoitus kattaa arvot mutta ei työkirjan ulkoasua</translation>
    </message>
    <message>
        <source>the part holding the workbook&apos;s signature is missing (a spreadsheet program may have saved the file again)</source>
        <translation>työkirjan allekirjoituksen sisältävä osa puuttuu (taulukkolaskentaohjelma on ehkä tallentanut tiedoston uudelleen)</translation>
    </message>
    <message>
        <source>the workbook&apos;s signature is damaged ({detail})</source>
        <translation>työkirjan allekirjoitus on vioittunut ({detail})</translation>
    </message>
    <message>
        <source>the workbook&apos;s signature does not match what it signs</source>
        <translation>työkirjan allekirjoitus ei vastaa sitä, mitä se allekirjoittaa</translation>
    </message>
    <message>
        <source>the workbook&apos;s signature is by another key than the content&apos;s</source>
        <translation>työkirjan allekirjoitus on tehty eri avaimella kuin sisällön</translation>
    </message>
    <message>
        <source>the workbook&apos;s signature belongs to another file</source>
        <translation>työkirjan allekirjoitus kuuluu toiseen tiedostoon</translation>
    </message>
    <message>
        <source>signature valid, but the signer ({signer}) is not on the trust list (fingerprint {fingerprint})</source>
        <translation>allekirjoitus kelvollinen, mutta allekirjoittaja ({signer}) ei ole luottamuslistalla (sormenjälki {fingerprint})</translation>
    </message>
    <message>
        <source>signature valid, trusted signer ({signer})</source>
        <translation>allekirjoitus kelvollinen, luotettu allekirjoittaja ({signer})</translation>
    </message>
    <message>
        <source>certified by {authority}</source>
        <translation>varmentaja {authority}</translation>
    </message>
    <message>
        <source>role and units proposed from the certificate, not confirmed yet</source>
        <translation>rooli ja yksiköt ehdotettu varmenteesta, ei vielä vahvistettu</translation>
    </message>
    <message>
        <source>signature intact, but the file cannot count: {why}</source>
        <translation>allekirjoitus ehjä, mutta tiedostoa ei voi ottaa huomioon: {why}</translation>
    </message>
    <message>
        <source>the file names its signer {claimed}, but it was signed with the certificate of {name}</source>
        <translation>tiedosto nimeää allekirjoittajakseen {claimed}, mutta se on allekirjoitettu henkilön {name} varmenteella</translation>
    </message>
    <message>
        <source>the file names another certificate than the one it carries</source>
        <translation>tiedosto nimeää eri varmenteen kuin sen, joka siinä on</translation>
    </message>
    <message>
        <source>the file names its unit {claimed}, but its unit id is {registered}&apos;s</source>
        <translation>tiedosto nimeää yksikökseen {claimed}, mutta sen yksikkötunnus on yksikön {registered}</translation>
    </message>
    <message>
        <source>{signer} may speak for {units} only, not for {unit}</source>
        <translation>{signer} voi vastata vain yksiköiden {units} puolesta, ei yksikön {unit}</translation>
    </message>
    <message>
        <source>the signer</source>
        <translation>allekirjoittaja</translation>
    </message>
    <message>
        <source>this unit</source>
        <translation>tämä yksikkö</translation>
    </message>
    <message>
        <source>{signer} is trusted as a unit&apos;s contact person, not as the coordinator</source>
        <translation>{signer} on luotettu yksikön yhteyshenkilönä, ei koordinaattorina</translation>
    </message>
    <message>
        <source>the signing time {time} is not a date and time with a time zone</source>
        <translation>allekirjoitusaika {time} ei ole päivämäärä ja kellonaika aikavyöhykkeineen</translation>
    </message>
    <message>
        <source>the signing time {time} lies in the future (this computer&apos;s clock says {now}); check the signer&apos;s clock and export again</source>
        <translation>allekirjoitusaika {time} on tulevaisuudessa (tämän tietokoneen kello on {now}); tarkistakaa allekirjoittajan kello ja viekää palautus uudelleen</translation>
    </message>
    <message>
        <source>the signing time {time} is before the round was opened ({opened}); check the signer&apos;s clock and export again</source>
        <translation>allekirjoitusaika {time} on ennen seurantakierroksen avaamista ({opened}); tarkistakaa allekirjoittajan kello ja viekää palautus uudelleen</translation>
    </message>
    <message>
        <source>the signing time {time} is before the round&apos;s monitoring period began ({period}; the round has no recorded opening time)</source>
        <translation>allekirjoitusaika {time} on ennen kierroksen seurantajakson alkua ({period}; kierrokselle ei ole kirjattu avausaikaa)</translation>
    </message>
    <message>
        <source>the certificate is a certificate authority&apos;s, not a person&apos;s signing key</source>
        <translation>varmenne on varmentajan varmenne, ei henkilön allekirjoitusavain</translation>
    </message>
    <message>
        <source>the certificate&apos;s extensions cannot be read</source>
        <translation>varmenteen laajennuksia ei voi lukea</translation>
    </message>
    <message>
        <source>the certificate is a certificate authority&apos;s (it may sign certificates)</source>
        <translation>varmenne on varmentajan varmenne (sillä voi allekirjoittaa varmenteita)</translation>
    </message>
    <message>
        <source>the certificate&apos;s key usage does not allow signatures (encipherment only)</source>
        <translation>varmenteen käyttötarkoitus ei salli allekirjoituksia (vain salaus)</translation>
    </message>
    <message>
        <source>the certificate&apos;s extended key usage is for other purposes ({purposes}), not a person&apos;s signature</source>
        <translation>varmenteen laajennettu käyttötarkoitus on muu ({purposes}), ei henkilön allekirjoitus</translation>
    </message>
    <message>
        <source>columns narrower than {characters} characters, which show a part of their text</source>
        <translation>alle {characters} merkin levyisiä sarakkeita, joista näkyy vain osa tekstistä</translation>
    </message>
    <message>
        <source>{signer} may speak for no unit on the trust list, so not for {unit}</source>
        <translation>{signer} ei voi luottamuslistalla vastata minkään yksikön puolesta, ei siis yksikön {unit}</translation>
    </message>
    <message>
        <source>the certificate&apos;s key usage cannot be read</source>
        <translation>varmenteen käyttötarkoitusta ei voi lukea</translation>
    </message>
    <message>
        <source>the certificate&apos;s own signature does not hold: it was changed after it was made</source>
        <translation>varmenteen oma allekirjoitus ei täsmää: varmennetta on muutettu sen tekemisen jälkeen</translation>
    </message>
    <message>
        <source>the certificate was not valid yet when the file was signed (valid from {start}, signed {signed})</source>
        <translation>varmenne ei ollut vielä voimassa, kun tiedosto allekirjoitettiin (voimassa {start} alkaen, allekirjoitettu {signed})</translation>
    </message>
    <message>
        <source>the certificate had expired when the file was signed (valid until {end}, signed {signed})</source>
        <translation>varmenne oli vanhentunut, kun tiedosto allekirjoitettiin (voimassa {end} asti, allekirjoitettu {signed})</translation>
    </message>
    <message>
        <source>the certificate (serial {serial}) was revoked by its issuer on {date}</source>
        <translation>myöntäjä peruutti varmenteen (sarjanumero {serial}) {date}</translation>
    </message>
    <message>
        <source>the certificate (serial {serial}) was revoked by its issuer on {date}, reason: {reason}</source>
        <translation>myöntäjä peruutti varmenteen (sarjanumero {serial}) {date}, syy: {reason}</translation>
    </message>
    <message>
        <source>its certificate&apos;s chain to a trust anchor does not hold ({detail})</source>
        <translation>sen varmenteen ketju luotettuun varmentajaan ei ole pätevä ({detail})</translation>
    </message>
    <message>
        <source>not a PDF file (no %PDF header)</source>
        <translation>ei PDF-tiedosto (ei %PDF-otsaketta)</translation>
    </message>
    <message>
        <source>the PDF is too large ({size} bytes)</source>
        <translation>PDF on liian suuri ({size} tavua)</translation>
    </message>
    <message>
        <source>damaged PDF, cannot be read ({detail})</source>
        <translation>vioittunut PDF, ei luettavissa ({detail})</translation>
    </message>
    <message>
        <source>the PDF&apos;s list of embedded files is nested too deeply</source>
        <translation>PDF:n upotettujen tiedostojen luettelossa on liian monta sisäkkäistä tasoa</translation>
    </message>
    <message>
        <source>the embedded signed content is implausibly large</source>
        <translation>upotettu allekirjoitettu sisältö on epäuskottavan suuri</translation>
    </message>
    <message>
        <source>a PDF without kotodesk&apos;s signed content (not written by kotodesk)</source>
        <translation>PDF, jossa ei ole kotodeskin allekirjoitettua sisältöä (ei kotodeskin kirjoittama)</translation>
    </message>
    <message>
        <source>the signature is damaged: the PDF was changed after signing</source>
        <translation>allekirjoitus on vioittunut: PDF:ää on muutettu allekirjoituksen jälkeen</translation>
    </message>
    <message>
        <source>the PDF carries no signature</source>
        <translation>PDF:ssä ei ole allekirjoitusta</translation>
    </message>
    <message>
        <source>signed, but not what its signed content says: {difference}. Its pages were changed, or drawn by a kotodesk version that lays them out otherwise: the .xlsx sent with it carries the same signed content</source>
        <translation>allekirjoitettu, mutta ei sitä, mitä sen allekirjoitettu sisältö sanoo: {difference}. Sen sivuja on muutettu, tai ne on piirtänyt kotodesk-versio, joka asettelee sivut toisin: sen mukana lähetetyssä .xlsx-tiedostossa on sama allekirjoitettu sisältö</translation>
    </message>
    <message>
        <source>the signature does not match the content: the PDF was changed after signing</source>
        <translation>allekirjoitus ei vastaa sisältöä: PDF:ää on muutettu allekirjoituksen jälkeen</translation>
    </message>
    <message>
        <source>the PDF was signed again after the first signature</source>
        <translation>PDF on allekirjoitettu uudelleen ensimmäisen allekirjoituksen jälkeen</translation>
    </message>
    <message>
        <source>a revision was added to the PDF after signing</source>
        <translation>PDF:ään on lisätty versio allekirjoituksen jälkeen</translation>
    </message>
    <message>
        <source>the PDF was changed after signing (bytes outside the signature)</source>
        <translation>PDF:ää on muutettu allekirjoituksen jälkeen (tavuja allekirjoituksen ulkopuolella)</translation>
    </message>
    <message>
        <source>the PDF was changed after signing (bytes appended after the signature)</source>
        <translation>PDF:ää on muutettu allekirjoituksen jälkeen (tavuja lisätty allekirjoituksen perään)</translation>
    </message>
    <message>
        <source>the embedded signed content does not match its signature</source>
        <translation>upotettu allekirjoitettu sisältö ei vastaa allekirjoitustaan</translation>
    </message>
    <message>
        <source>the embedded signed content was sealed by a different key than the PDF&apos;s signature</source>
        <translation>upotettu allekirjoitettu sisältö on sinetöity eri avaimella kuin PDF:n allekirjoitus</translation>
    </message>
    <message>
        <source>kotodesk cannot render a {format} document, so its pages cannot be compared with its signed content</source>
        <translation>kotodesk ei osaa piirtää {format}-asiakirjaa, joten sen sivuja ei voi verrata allekirjoitettuun sisältöön</translation>
    </message>
    <message>
        <source>the signed content cannot be rendered ({detail})</source>
        <translation>allekirjoitettua sisältöä ei voi piirtää ({detail})</translation>
    </message>
    <message>
        <source>its pages cannot be read ({detail})</source>
        <translation>sen sivuja ei voi lukea ({detail})</translation>
    </message>
    <message>
        <source>its pages carry annotations the signed content does not have ({kinds})</source>
        <translation>sen sivuilla on merkintöjä, joita allekirjoitetussa sisällössä ei ole ({kinds})</translation>
    </message>
    <message>
        <source>its pages say {shown} where the signed content reads {signed} (word {word})</source>
        <translation>sen sivuilla lukee {shown}, kun allekirjoitetussa sisällössä lukee {signed} (sana {word})</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>ei mitään</translation>
    </message>
    <message>
        <source>valid, signed by {signer} (trusted)</source>
        <translation>kelvollinen, allekirjoittaja {signer} (luotettu)</translation>
    </message>
    <message>
        <source>intact, signed by {signer}; the signer is on the trust list but the certificate is not valid now (fingerprint {fingerprint})</source>
        <translation>ehjä, allekirjoittaja {signer}; allekirjoittaja on luottamuslistalla, mutta varmenne ei ole nyt voimassa (sormenjälki {fingerprint})</translation>
    </message>
    <message>
        <source>intact, signed by {signer}; the signer is not on the trust list (fingerprint {fingerprint})</source>
        <translation>ehjä, allekirjoittaja {signer}; allekirjoittaja ei ole luottamuslistalla (sormenjälki {fingerprint})</translation>
    </message>
    <message>
        <source>the round package cannot be taken in: {why}</source>
        <translation>kierrospakettia ei voi ottaa vastaan: {why}</translation>
    </message>
    <message>
        <source>not a genuine round package: {status}, {why}</source>
        <translation>ei aito kierrospaketti: {status}, {why}</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>kelvollinen</translation>
    </message>
    <message>
        <source>unknown-signer</source>
        <translation>tuntematon allekirjoittaja</translation>
    </message>
    <message>
        <source>not-authorised</source>
        <translation>allekirjoittajalla ei valtuutusta</translation>
    </message>
    <message>
        <source>modified</source>
        <translation>muutettu allekirjoituksen jälkeen</translation>
    </message>
    <message>
        <source>unsigned</source>
        <translation>allekirjoittamaton</translation>
    </message>
    <message>
        <source>not-kotodesk</source>
        <translation>ei kotodesk-tiedosto</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>ei luettavissa</translation>
    </message>
    <message>
        <source>not a round package but a {format} file</source>
        <translation>ei kierrospaketti vaan {format}-tiedosto</translation>
    </message>
    <message>
        <source>{reason} (only a file whose values are as signed can be taken in knowingly)</source>
        <translation>{reason} (tietoisesti voi ottaa vastaan vain tiedoston, jonka arvot ovat allekirjoitetut)</translation>
    </message>
    <message>
        <source>not a unit&apos;s return but a {format} file</source>
        <translation>ei yksikön palautus vaan {format}-tiedosto</translation>
    </message>
    <message>
        <source>a return for another programme ({programme})</source>
        <translation>palautus toiseen ohjelmaan ({programme})</translation>
    </message>
    <message>
        <source>a return for another round ({period}; expected {expected})</source>
        <translation>palautus toiselle seurantakierrokselle ({period}; odotettiin {expected})</translation>
    </message>
    <message>
        <source>any round of the programme</source>
        <translation>mikä tahansa ohjelman seurantakierros</translation>
    </message>
    <message>
        <source>round {period} is closed, and a return that comes after it closed is not taken in: to take it in, open the round again (Reopen round)</source>
        <translation>seurantakierros {period} on suljettu, eikä sen sulkemisen jälkeen tullutta palautusta oteta vastaan: avaa kierros uudelleen (Avaa kierros uudelleen), jos haluat ottaa sen vastaan</translation>
    </message>
    <message>
        <source>give the monitoring period, e.g. 1–6/2024</source>
        <translation>anna seurannan aikaväli, esim. 1–6/2024</translation>
    </message>
    <message>
        <source>{programme} already has a round {period} ({state}): give another period, or open that round again (Reopen round)</source>
        <translation>ohjelmalla {programme} on jo seurantakierros {period} ({state}): anna toinen aikaväli tai avaa se kierros uudelleen (Avaa kierros uudelleen)</translation>
    </message>
    <message>
        <source>open</source>
        <translation>avoin</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>suljettu</translation>
    </message>
    <message>
        <source>unit {unit} is not in the register</source>
        <translation>yksikkö {unit} ei ole organisaatiorekisterissä</translation>
    </message>
    <message>
        <source>measures not in this round&apos;s catalogue: {measures}</source>
        <translation>toimenpiteet eivät kuulu tämän kierroksen luetteloon: {measures}</translation>
    </message>
    <message>
        <source>the same return as {file}</source>
        <translation>sama palautus kuin {file}</translation>
    </message>
    <message>
        <source>taken in knowingly: its sealed values, though its appearance changed after signing</source>
        <translation>otettu vastaan tietoisesti: sen allekirjoitetut arvot, vaikka ulkoasu muuttui allekirjoituksen jälkeen</translation>
    </message>
    <message>
        <source>held apart, not merged: {why}; trust the signer or accept this file to count it</source>
        <translation>pidätetty erillään, ei yhdistetty: {why}; luota allekirjoittajaan tai hyväksy tämä tiedosto, jotta se otetaan huomioon</translation>
    </message>
    <message>
        <source>not merged, {unit} does not answer for: {measures}</source>
        <translation>ei yhdistetty, {unit} ei vastaa toimenpiteistä: {measures}</translation>
    </message>
    <message>
        <source>already received as {file} on {date}; nothing changed</source>
        <translation>vastaanotettu jo tiedostona {file} {date}; mikään ei muuttunut</translation>
    </message>
    <message>
        <source>the signer is not on the trust list</source>
        <translation>allekirjoittaja ei ole luottamuslistalla</translation>
    </message>
    <message>
        <source>the return is unsigned</source>
        <translation>palautus on allekirjoittamaton</translation>
    </message>
    <message>
        <source>the signer may not speak for this unit (trust list changed)</source>
        <translation>allekirjoittaja ei voi vastata tämän yksikön puolesta (luottamuslista muuttui)</translation>
    </message>
    <message>
        <source>taken in knowingly: its appearance changed after signing; its sealed values count, the signed PDF shows what the signer saw</source>
        <translation>otettu vastaan tietoisesti: ulkoasu muuttui allekirjoituksen jälkeen; sen allekirjoitetut arvot otetaan huomioon, allekirjoitettu PDF näyttää, mitä allekirjoittaja näki</translation>
    </message>
    <message>
        <source>late: signed {signed} Helsinki time, after the deadline {deadline} (midnight in Helsinki)</source>
        <translation>myöhässä: allekirjoitettu {signed} Helsingin aikaa, määräajan {deadline} jälkeen (keskiyö Helsingissä)</translation>
    </message>
    <message>
        <source>out of order: signed before {file}, but taken in after it</source>
        <translation>väärässä järjestyksessä: allekirjoitettu ennen tiedostoa {file}, mutta vastaanotettu sen jälkeen</translation>
    </message>
    <message>
        <source>not merged, not the unit&apos;s measures: {measures}</source>
        <translation>ei yhdistetty, eivät yksikön toimenpiteitä: {measures}</translation>
    </message>
    <message>
        <source>{where}: {problem}</source>
        <translation>{where}: {problem}</translation>
    </message>
    <message>
        <source>sheet {sheet}</source>
        <translation>taulukko {sheet}</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>rivi {row}</translation>
    </message>
    <message>
        <source>is not a regular file (a folder, device, pipe or socket); only files can be read</source>
        <translation>ei tavallinen tiedosto (kansio, laite, putki tai pistoke); vain tiedostoja voi lukea</translation>
    </message>
    <message>
        <source>is not a regular file; only files can be read</source>
        <translation>ei tavallinen tiedosto; vain tiedostoja voi lukea</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation>ei voi lukea ({reason})</translation>
    </message>
    <message>
        <source>not an Excel .xlsx file (it is not a zip archive)</source>
        <translation>ei Excelin .xlsx-tiedosto (se ei ole zip-arkisto)</translation>
    </message>
    <message>
        <source>contains macros (vbaProject.bin); kotodesk does not open macro-enabled workbooks</source>
        <translation>sisältää makroja (vbaProject.bin); kotodesk ei avaa makroja sisältäviä työkirjoja</translation>
    </message>
    <message>
        <source>is larger than {megabytes} MB</source>
        <translation>on suurempi kuin {megabytes} Mt</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>tiedosto on tyhjä</translation>
    </message>
    <message>
        <source>damaged or truncated .xlsx ({detail})</source>
        <translation>vioittunut tai katkennut .xlsx ({detail})</translation>
    </message>
    <message>
        <source>measure {ref}, {field}: {length} characters, but an Excel cell holds at most {limit}. Shorten the text or link to a longer one.</source>
        <translation>toimenpide {ref}, {field}: {length} merkkiä, mutta Excel-soluun mahtuu enintään {limit}. Lyhennä tekstiä tai linkitä pidempään tekstiin.</translation>
    </message>
    <message>
        <source>“What has been done”</source>
        <translation>”Mitä on tehty”</translation>
    </message>
    <message>
        <source>“Reasons”</source>
        <translation>”Perustelut”</translation>
    </message>
    <message>
        <source>the report against the indicator</source>
        <translation>raportointi mittarin mukaan</translation>
    </message>
    <message>
        <source>indicator “{name}”</source>
        <translation>mittari ”{name}”</translation>
    </message>
    <message>
        <source>a signing key needs the person&apos;s name</source>
        <translation>allekirjoitusavain tarvitsee henkilön nimen</translation>
    </message>
    <message>
        <source>the {label} has characters a signing certificate cannot hold: {chars}. Leave them out (emoji and other symbols cannot be part of a certificate&apos;s name).</source>
        <translation>kentässä ”{label}” on merkkejä, joita allekirjoitusvarmenne ei voi sisältää: {chars}. Jätä ne pois (emojit ja muut symbolit eivät voi olla osa varmenteen nimeä).</translation>
    </message>
    <message>
        <source>the {label} mixes right-to-left letters (Arabic, Hebrew) with left-to-right ones or with digits or marks at its ends; a certificate&apos;s name is in one direction: write it in one script.</source>
        <translation>kentässä ”{label}” on oikealta vasemmalle kirjoitettavia kirjaimia (arabia, heprea) sekaisin vasemmalta oikealle kirjoitettavien kanssa tai alussa tai lopussa numeroita tai merkkejä; varmenteen nimi kulkee yhteen suuntaan: kirjoita se yhdellä kirjoitusjärjestelmällä.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nimi</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>sähköpostiosoite</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>yksikkö</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisaatio</translation>
    </message>
    <message>
        <source>the certificate&apos;s name cannot be used for signing ({detail})</source>
        <translation>varmenteen nimeä ei voi käyttää allekirjoittamiseen ({detail})</translation>
    </message>
    <message>
        <source>the passphrase must have at least {count} characters</source>
        <translation>tunnuslauseessa on oltava vähintään {count} merkkiä</translation>
    </message>
    <message>
        <source>not a PKCS#12 key file ({detail})</source>
        <translation>ei ole PKCS#12-avaintiedosto ({detail})</translation>
    </message>
    <message>
        <source>the PKCS#12 file holds no private key with its certificate</source>
        <translation>PKCS#12-tiedostossa ei ole yksityistä avainta varmenteineen</translation>
    </message>
    <message>
        <source>unsupported key type {kind}; use ECDSA or RSA</source>
        <translation>avaintyyppiä {kind} ei tueta; käytä ECDSA- tai RSA-avainta</translation>
    </message>
    <message>
        <source>cannot read ({reason})</source>
        <translation>tiedostoa ei voi lukea ({reason})</translation>
    </message>
    <message>
        <source>not an X.509 certificate (PEM or DER)</source>
        <translation>ei ole X.509-varmenne (PEM tai DER)</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>tiedostoa ei ole</translation>
    </message>
    <message>
        <source>not a kotodesk backup: the file is not an SQLite database</source>
        <translation>ei ole kotodesk-varmuuskopio: tiedosto ei ole SQLite-tietokanta</translation>
    </message>
    <message>
        <source>not a usable kotodesk backup ({detail})</source>
        <translation>ei käyttökelpoinen kotodesk-varmuuskopio ({detail})</translation>
    </message>
    <message>
        <source>the database in this file is damaged ({detail})</source>
        <translation>tämän tiedoston tietokanta on vioittunut ({detail})</translation>
    </message>
    <message>
        <source>an SQLite database, but not a kotodesk database</source>
        <translation>SQLite-tietokanta, mutta ei kotodeskin tietokanta</translation>
    </message>
    <message>
        <source>a kotodesk database changed by something else than kotodesk (its structure differs: {what}); not restored</source>
        <translation>kotodeskin tietokanta, jota on muutettu muulla kuin kotodeskilla (sen rakenne poikkeaa: {what}); ei palautettu</translation>
    </message>
    <message>
        <source>{path}: could not restore ({detail}); the database is unchanged</source>
        <translation>{path}: palautus ei onnistunut ({detail}); tietokantaa ei muutettu</translation>
    </message>
    <message>
        <source>its sheets were laid out by a newer kotodesk ({maker}, layout {layout}) than this one (layout {ours}), so its cells cannot be compared with its signed content here: update kotodesk</source>
        <translation>sen taulukot on asetellut uudempi kotodesk ({maker}, asettelu {layout}) kuin tämä (asettelu {ours}), joten sen soluja ei voi verrata tässä sen allekirjoitettuun sisältöön: päivitä kotodesk</translation>
    </message>
    <message>
        <source>signed, but its pages do not say what its signed content says: {difference}. The file says it was drawn as this kotodesk draws, so its pages were made otherwise than from its signed content</source>
        <translation>allekirjoitettu, mutta sen sivut eivät sano sitä, mitä sen allekirjoitettu sisältö sanoo: {difference}. Tiedoston mukaan se on piirretty niin kuin tämä kotodesk piirtää, joten sen sivut on tehty muuten kuin sen allekirjoitetusta sisällöstä</translation>
    </message>
    <message>
        <source>signed and intact, but its pages were drawn by a newer kotodesk ({maker}, pages {pages}) than this one (pages {ours}), so they cannot be compared with its signed content here. Update kotodesk, or go by the .xlsx sent with it, which carries the same signed content</source>
        <translation>allekirjoitettu ja muuttamaton, mutta sen sivut on piirtänyt uudempi kotodesk ({maker}, sivut {pages}) kuin tämä (sivut {ours}), joten niitä ei voi verrata tässä sen allekirjoitettuun sisältöön. Päivitä kotodesk, tai käytä sen mukana lähetettyä .xlsx-tiedostoa, jossa on sama allekirjoitettu sisältö</translation>
    </message>
    <message>
        <source>signed and intact, but its pages were drawn by an earlier kotodesk ({maker}, pages {pages}) than this one (pages {ours}), so they cannot be compared with its signed content here. Go by the .xlsx sent with it, which carries the same signed content, or ask the sender to update kotodesk</source>
        <translation>allekirjoitettu ja muuttamaton, mutta sen sivut on piirtänyt aiempi kotodesk ({maker}, sivut {pages}) kuin tämä (sivut {ours}), joten niitä ei voi verrata tässä sen allekirjoitettuun sisältöön. Käytä sen mukana lähetettyä .xlsx-tiedostoa, jossa on sama allekirjoitettu sisältö, tai pyydä lähettäjää päivittämään kotodesk</translation>
    </message>
    <message>
        <source>another version</source>
        <translation>toinen versio</translation>
    </message>
    <message>
        <source>set aside: a merged report or meeting summary of round {period} made by kotodesk, not a unit&apos;s return; nothing of it is taken in</source>
        <translation>jätetty sivuun: kotodeskin tekemä kierroksen {period} yhdistetty raportti tai kokousyhteenveto, ei yksikön palautus; siitä ei oteta mitään vastaan</translation>
    </message>
    <message>
        <source>set aside: a round package of round {period} made by kotodesk, not a unit&apos;s return; nothing of it is taken in</source>
        <translation>jätetty sivuun: kotodeskin tekemä kierroksen {period} kierrospaketti, ei yksikön palautus; siitä ei oteta mitään vastaan</translation>
    </message>
    <message>
        <source>the certificate names {issuer} as its issuer, but {issuer} did not sign it (changed after it was issued, or made by someone else)</source>
        <translation>varmenteen myöntäjäksi on merkitty {issuer}, mutta {issuer} ei ole allekirjoittanut sitä (sitä on muutettu myöntämisen jälkeen, tai sen on tehnyt joku muu)</translation>
    </message>
    <message>
        <source>the certificate&apos;s key is the key of certificate {serial}, revoked on {date} as compromised: whoever took the key can sign with this certificate too</source>
        <translation>varmenteen avain on varmenteen {serial} avain, joka peruttiin {date} vaarantuneena: avaimen haltuunsa saanut voi allekirjoittaa myös tällä varmenteella</translation>
    </message>
    <message>
        <source>round {period} is closed: a package would open it at the units, and their returns for it would be refused. Open it again first (Reopen round), or write the open round&apos;s package; nothing was written</source>
        <translation>kierros {period} on suljettu: paketti avaisi sen yksiköille, ja niiden palautukset siihen hylättäisiin. Avaa kierros ensin uudelleen (Avaa kierros uudelleen) tai kirjoita avoimen kierroksen paketti; mitään ei kirjoitettu</translation>
    </message>
    <message>
        <source>the period {period} has a character that is not shown (a control or direction character, {at}. character): type the period again, e.g. 1–6/2024; no round was opened</source>
        <translation>aikavälissä {period} on merkki, joka ei näy (ohjaus- tai suuntamerkki, {at}. merkki): kirjoita aikaväli uudelleen, esim. 1–6/2024; kierrosta ei avattu</translation>
    </message>
    <message>
        <source>round {period} was read from a published report: it can be read, but not opened again to be changed; nothing was changed</source>
        <translation>kierros {period} on luettu julkaistusta raportista: sitä voi lukea, mutta sitä ei voi avata uudelleen muutettavaksi; mitään ei muutettu</translation>
    </message>
    <message>
        <source>round {period} is closed, and its deadline is part of its record: open it again first (Reopen round) to change the deadline; nothing was changed</source>
        <translation>seurantakierros {period} on suljettu, ja sen määräaika kuuluu sen tietoihin: avaa kierros ensin uudelleen (Avaa kierros uudelleen), jos haluat muuttaa määräaikaa; mitään ei muutettu</translation>
    </message>
    <message>
        <source>round {period} was not opened in this data folder (it came with kotodesk, from a report or in a round package): only the coordinator who opened a round gives its deadline; nothing was changed</source>
        <translation>seurantakierrosta {period} ei ole avattu tässä datakansiossa (se tuli kotodeskin mukana, raportista tai kierrospaketissa): vain kierroksen avannut koordinaattori antaa sen määräajan; mitään ei muutettu</translation>
    </message>
    <message>
        <source>made on another version of the catalogue: its measure numbers name other measures in this round&apos;s catalogue ({details}). Ask the unit to take in this round&apos;s package and export its return again</source>
        <translation>tehty luettelon toisella versiolla: sen toimenpidenumerot tarkoittavat tämän kierroksen luettelossa muita toimenpiteitä ({details}). Pyydä yksikköä ottamaan tämän kierroksen paketti käyttöön ja viemään palautuksensa uudelleen</translation>
    </message>
    <message>
        <source>{ref} is {sent} in the file, {here} in the round</source>
        <translation>{ref} on tiedostossa {sent}, kierroksella {here}</translation>
    </message>
    <message>
        <source>{unit}: the text typed for {ref} {measure} is now under {new}, the number that measure has in the package&apos;s catalogue</source>
        <translation>{unit}: toimenpiteelle {ref} {measure} kirjoitettu teksti on nyt numerolla {new}, joka toimenpiteellä on paketin luettelossa</translation>
    </message>
    <message>
        <source>{unit}: the text typed for {ref} {measure} ({text}) is kept in the data folder, but not in this round: that measure is not in the package&apos;s catalogue (version {version}). Copy what you need into another measure or ask the coordinator</source>
        <translation>{unit}: toimenpiteelle {ref} {measure} kirjoitettu teksti ({text}) säilyy datakansiossa, mutta ei tällä kierroksella: toimenpidettä ei ole paketin luettelossa (versio {version}). Kopioi tarvitsemasi toiseen toimenpiteeseen tai kysy koordinaattorilta</translation>
    </message>
    <message>
        <source>{path}: failed its check after the restore ({detail}); the previous database is in {safety}</source>
        <translation>{path}: tarkistus epäonnistui palautuksen jälkeen ({detail}); aiempi tietokanta on tiedostossa {safety}</translation>
    </message>
    <message>
        <source>its name says it was made {made}, which is still to come: the computer&apos;s clock was ahead when it was made, or the file was named by hand</source>
        <translation>sen nimen mukaan se on otettu {made}, mikä on vasta tulossa: tietokoneen kello oli edellä, kun se otettiin, tai tiedosto on nimetty käsin</translation>
    </message>
    <message>
        <source>it holds a change dated {changed}, which is still to come: the clock was ahead when that was saved, or the file was made elsewhere</source>
        <translation>siinä on muutos, jonka päiväys on {changed}, mikä on vasta tulossa: kello oli edellä, kun se tallennettiin, tai tiedosto on tehty muualla</translation>
    </message>
    <message>
        <source>its name says it was made {made}, but the file was written {written}: copied, or named by hand</source>
        <translation>sen nimen mukaan se on otettu {made}, mutta tiedosto on kirjoitettu {written}: kopioitu tai nimetty käsin</translation>
    </message>
    <message>
        <source>written by a newer kotodesk (schema {schema}); update kotodesk to restore it</source>
        <translation>kirjoitettu uudemmalla kotodeskillä (skeema {schema}); päivitä kotodesk palauttaaksesi sen</translation>
    </message>
    <message>
        <source>not an X.509 certificate file (PEM or DER)</source>
        <translation>ei ole X.509-varmennetiedosto (PEM tai DER)</translation>
    </message>
    <message>
        <source>this certificate is not for your key (its public key differs from your certificate&apos;s): was the request made in another data folder?</source>
        <translation>tämä varmenne ei ole avaimellesi (sen julkinen avain eroaa varmenteesi avaimesta): tehtiinkö pyyntö toisessa datakansiossa?</translation>
    </message>
    <message>
        <source>cannot be installed: {why}</source>
        <translation>ei voi asentaa: {why}</translation>
    </message>
    <message>
        <source>the chain is broken: {subject} was not issued by {issuer} ({detail})</source>
        <translation>ketju on katki: {issuer} ei ole myöntänyt varmennetta {subject} ({detail})</translation>
    </message>
    <message>
        <source>the certificate after yours in the file ({name}) is not a certificate authority&apos;s</source>
        <translation>tiedostossa omasi jälkeen oleva varmenne ({name}) ei ole varmentajan varmenne</translation>
    </message>
    <message>
        <source>the certificate authority&apos;s certificate {name} is not valid today (valid from {start} to {end})</source>
        <translation>varmentajan varmenne {name} ei ole voimassa tänään (voimassa {start} – {end})</translation>
    </message>
    <message>
        <source>the certificate is not valid today (valid from {start} to {end})</source>
        <translation>varmenne ei ole voimassa tänään (voimassa {start} – {end})</translation>
    </message>
    <message>
        <source>the key&apos;s certificate cannot sign kotodesk files: {why}; the key was not imported</source>
        <translation>avaimen varmenteella ei voi allekirjoittaa kotodeskin tiedostoja: {why}; avainta ei tuotu</translation>
    </message>
    <message>
        <source>the file holds no certificate authority&apos;s certificate after yours: install the file `kotodesk ca issue` wrote, which has both</source>
        <translation>tiedostossa ei ole varmentajan varmennetta omasi jälkeen: asenna tiedosto, jonka `kotodesk ca issue` kirjoitti; siinä ovat molemmat</translation>
    </message>
    <message>
        <source>the request needs the person&apos;s name (--name)</source>
        <translation>pyyntöön tarvitaan henkilön nimi (--name)</translation>
    </message>
    <message>
        <source>too large for a certificate request</source>
        <translation>liian suuri varmennepyynnöksi</translation>
    </message>
    <message>
        <source>not a certificate request (PKCS#10, PEM or DER): {detail}</source>
        <translation>ei ole varmennepyyntö (PKCS#10, PEM tai DER): {detail}</translation>
    </message>
    <message>
        <source>the key on the token is not the certificate authority&apos;s</source>
        <translation>kortin tai tunnisteen avain ei ole varmentajan avain</translation>
    </message>
    <message>
        <source>the request&apos;s signature does not hold: it was changed after it was made</source>
        <translation>pyynnön allekirjoitus ei täsmää: pyyntöä on muutettu sen tekemisen jälkeen</translation>
    </message>
    <message>
        <source>the request names no person (no common name)</source>
        <translation>pyynnössä ei ole henkilön nimeä (ei common name -kenttää)</translation>
    </message>
    <message>
        <source>the request&apos;s name holds control or direction characters ({text}): every file it signs would show them where it names its signer; ask for a request with the name as it is written</source>
        <translation>pyynnön nimessä on ohjaus- tai kirjoitussuuntamerkkejä ({text}): jokainen sillä allekirjoitettu tiedosto näyttäisi ne allekirjoittajan nimessä; pyydä uusi pyyntö, jossa nimi on kirjoitettu tavallisesti</translation>
    </message>
    <message>
        <source>the request is for a key whose certificate {serial} was revoked on {date} as compromised: whoever holds that key would count again; the person makes a new key and a new request</source>
        <translation>pyyntö koskee avainta, jonka varmenne {serial} on peruttu {date} vaarantuneena: kuka tahansa avaimen haltija kelpaisi taas; henkilö tekee uuden avaimen ja uuden pyynnön</translation>
    </message>
    <message>
        <source>names no known programme ({name})</source>
        <translation>ei nimeä tunnettua ohjelmaa ({name})</translation>
    </message>
    <message>
        <source>names no round of {programme} ({period})</source>
        <translation>ei nimeä ohjelman {programme} seurantakierrosta ({period})</translation>
    </message>
    <message>
        <source>names no unit of the register ({name})</source>
        <translation>ei nimeä rekisterin yksikköä ({name})</translation>
    </message>
    <message>
        <source>cannot tell which theme this sheet is</source>
        <translation>ei selviä, minkä teeman taulukko tämä on</translation>
    </message>
    <message>
        <source>measure {ref} is not in the catalogue of {programme}</source>
        <translation>toimenpidettä {ref} ei ole ohjelman {programme} luettelossa</translation>
    </message>
    <message>
        <source>no measures found in the return&apos;s table</source>
        <translation>palautuksen taulukosta ei löytynyt toimenpiteitä</translation>
    </message>
    <message>
        <source>not a readable .xlsx workbook ({detail})</source>
        <translation>ei ole luettava .xlsx-työkirja ({detail})</translation>
    </message>
    <message>
        <source>not a readable .xlsx workbook (its reader gave up on damaged data)</source>
        <translation>ei ole luettava .xlsx-työkirja (lukija luovutti vioittuneen sisällön kohdalla)</translation>
    </message>
    <message>
        <source>not a certificate authority&apos;s certificate ({people}): trust a person&apos;s certificate with `kotodesk trust add`</source>
        <translation>ei ole varmentajan varmenne ({people}): henkilön varmenteeseen luotetaan komennolla `kotodesk trust add`</translation>
    </message>
    <message>
        <source>not a certificate revocation list (CRL, DER or PEM): {detail}</source>
        <translation>ei ole varmenteiden sulkulista (CRL, DER tai PEM): {detail}</translation>
    </message>
    <message>
        <source>the revocation list of {issuer} is not signed by a trust anchor of this data folder (add the CA with `kotodesk trust add-anchor`)</source>
        <translation>varmentajan {issuer} sulkulistaa ei ole allekirjoittanut mikään tämän datakansion luotetuista varmentajista (lisää varmentaja komennolla `kotodesk trust add-anchor`)</translation>
    </message>
    <message>
        <source>the revocation list of {issuer} says it was issued on {issued}, later than this computer&apos;s clock ({now}): a list from the future is not taken in (check the clock of the computer that made it, and of this one)</source>
        <translation>varmentajan {issuer} sulkulistan mukaan se on laadittu {issued}, myöhemmin kuin tämän tietokoneen kello näyttää ({now}): tulevaisuudesta päivättyä sulkulistaa ei oteta käyttöön (tarkista sulkulistan laatineen tietokoneen ja tämän tietokoneen kello)</translation>
    </message>
    <message>
        <source>the revocation list of {issuer} is to be replaced on {due}, before it was issued ({issued}): not taken in</source>
        <translation>varmentajan {issuer} sulkulista on määrä korvata uudella {due}, ennen kuin se on laadittu ({issued}): sitä ei oteta käyttöön</translation>
    </message>
    <message>
        <source>the revocation list of {issuer} was due to be replaced on {due}: a certificate revoked since then is not on it; ask the certificate authority for its current list</source>
        <translation>varmentajan {issuer} sulkulista olisi pitänyt korvata uudella {due}: sen jälkeen peruttu varmenne ei ole siinä; pyydä varmentajalta sen nykyinen sulkulista</translation>
    </message>
    <message>
        <source>cannot be trusted: {why}</source>
        <translation>ei voi luottaa: {why}</translation>
    </message>
    <message>
        <source>the package&apos;s catalogue does not match its own fingerprint</source>
        <translation>paketin toimenpideluettelo ei vastaa sen omaa sormenjälkeä</translation>
    </message>
    <message>
        <source>signed before the round package taken in last ({signed}, the last one {last}): the newer package stands, and this one is not taken in</source>
        <translation>allekirjoitettu ennen viimeksi vastaanotettua kierrospakettia ({signed}, viimeisin {last}): uudempi paketti on voimassa, eikä tätä oteta vastaan</translation>
    </message>
    <message>
        <source>the package&apos;s round has no period; it is not taken in</source>
        <translation>paketin kierroksella ei ole seurantajaksoa; pakettia ei oteta vastaan</translation>
    </message>
    <message>
        <source>the package&apos;s round {period} is its own previous round; it is not taken in</source>
        <translation>paketin kierros {period} on sen oma edellinen kierros; pakettia ei oteta vastaan</translation>
    </message>
    <message>
        <source>cannot be attached to the e-mail ({reason})</source>
        <translation>ei voi liittää sähköpostiin ({reason})</translation>
    </message>
    <message>
        <source>{address} ({source}) is not an e-mail address a mail program can send to</source>
        <translation>{address} ({source}) ei ole sähköpostiosoite, johon sähköpostiohjelma voi lähettää</translation>
    </message>
    <message>
        <source>the register&apos;s address of {unit}</source>
        <translation>yksikön {unit} osoite rekisterissä</translation>
    </message>
    <message>
        <source>the address in the certificate of {name}</source>
        <translation>henkilön {name} varmenteessa oleva osoite</translation>
    </message>
    <message>
        <source>not sent: {why}</source>
        <translation>ei lähetetä: {why}</translation>
    </message>
    <message>
        <source>not sent: this is {found}, not {wanted}</source>
        <translation>ei lähetetä: tämä on {found}, ei {wanted}</translation>
    </message>
    <message>
        <source>a unit&apos;s signed return</source>
        <translation>yksikön allekirjoitettu palautus</translation>
    </message>
    <message>
        <source>a round package</source>
        <translation>kierrospaketti</translation>
    </message>
    <message>
        <source>a merged report or a meeting summary</source>
        <translation>yhdistetty raportti tai kokousyhteenveto</translation>
    </message>
    <message>
        <source>another kind of kotodesk file ({kind})</source>
        <translation>muunlainen kotodesk-tiedosto ({kind})</translation>
    </message>
    <message>
        <source>not sent: signed by {signer}, not with this data folder&apos;s key</source>
        <translation>ei lähetetä: sen on allekirjoittanut {signer}, ei tämän datakansion avain</translation>
    </message>
    <message>
        <source>not sent: the return of {found}, not of {wanted}</source>
        <translation>ei lähetetä: yksikön {found} palautus, ei yksikön {wanted}</translation>
    </message>
    <message>
        <source>not sent: for round {found} of {programme}, not for round {wanted} of {expected}</source>
        <translation>ei lähetetä: ohjelman {programme} kierrokselle {found}, ei ohjelman {expected} kierrokselle {wanted}</translation>
    </message>
    <message>
        <source>not sent: the .xlsx and the .pdf are not the same return (signed {first} and {second})</source>
        <translation>ei lähetetä: .xlsx- ja .pdf-tiedosto eivät ole sama palautus (allekirjoitettu {first} ja {second})</translation>
    </message>
    <message>
        <source>the attachments exceed {megabytes} MB, more than mail servers accept</source>
        <translation>liitteet ylittävät {megabytes} Mt, enemmän kuin sähköpostipalvelimet hyväksyvät</translation>
    </message>
    <message>
        <source>{path}: could not write the file ({reason}); nothing was written there</source>
        <translation>{path}: tiedostoa ei voitu kirjoittaa ({reason}); sinne ei kirjoitettu mitään</translation>
    </message>
    <message>
        <source>{path}: cannot be written ({reason}); no merged output was written</source>
        <translation>{path}: ei voitu kirjoittaa ({reason}); yhdistettyjä tiedostoja ei kirjoitettu</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>levy on täynnä</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>levykiintiö on käytetty</translation>
    </message>
    <message>
        <source>the folder is on a read-only disk</source>
        <translation>kansio on vain luku -levyllä</translation>
    </message>
    <message>
        <source>no permission to write there</source>
        <translation>ei oikeutta kirjoittaa sinne</translation>
    </message>
    <message>
        <source>the file is larger than this disk or account allows</source>
        <translation>tiedosto on suurempi kuin tämä levy tai käyttäjätili sallii</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>kansiota ei ole</translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation>osa polusta ei ole kansio</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>se on kansio</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>nimi on liian pitkä</translation>
    </message>
    <message>
        <source>it is a file, not a folder</source>
        <translation>se on tiedosto, ei kansio</translation>
    </message>
    <message>
        <source>the path goes round in a loop of symbolic links</source>
        <translation>polku kiertää symbolisten linkkien silmukassa</translation>
    </message>
    <message>
        <source>the disk reported an error while writing</source>
        <translation>levy ilmoitti virheestä kirjoitettaessa</translation>
    </message>
    <message>
        <source>it is a link to {target}, which does not exist: a disk that is not connected, or a folder moved; connect the disk or correct the link</source>
        <translation>se on linkki kohteeseen {target}, jota ei ole: levy, jota ei ole liitetty, tai siirretty kansio; liitä levy tai korjaa linkki</translation>
    </message>
    <message>
        <source>the database file or its folder is read-only</source>
        <translation>tietokantatiedosto tai sen kansio on vain luku -tilassa</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>tiedostoa ei ole</translation>
    </message>
    <message>
        <source>no permission to read it</source>
        <translation>ei oikeutta lukea sitä</translation>
    </message>
    <message>
        <source>the disk could not be read</source>
        <translation>levyä ei voitu lukea</translation>
    </message>
    <message>
        <source>is a folder, not a catalogue file</source>
        <translation>on kansio eikä toimenpideluettelotiedosto</translation>
    </message>
    <message>
        <source>not valid JSON ({detail})</source>
        <translation>ei ole kelvollista JSONia ({detail})</translation>
    </message>
    <message>
        <source>not a text file (it contains binary data)</source>
        <translation>ei ole tekstitiedosto (siinä on binääridataa)</translation>
    </message>
    <message>
        <source>not UTF-8 text (undecodable byte at offset {offset}); save it as &apos;Unicode (UTF-8)&apos; text</source>
        <translation>ei ole UTF-8-tekstiä (tavua kohdassa {offset} ei voi tulkita); tallenna tiedosto tekstinä koodauksella &apos;Unicode (UTF-8)&apos;</translation>
    </message>
    <message>
        <source>the file is larger than {megabytes} MB</source>
        <translation>tiedosto on suurempi kuin {megabytes} Mt</translation>
    </message>
    <message>
        <source>a table row before any header row (expected &apos;Tavoitteet⇥Toimenpiteet⇥Seuranta⇥Vastuutahot&apos;)</source>
        <translation>taulukon rivi ennen sarakeotsikkoriviä (odotettiin riviä &apos;Tavoitteet⇥Toimenpiteet⇥Seuranta⇥Vastuutahot&apos;)</translation>
    </message>
    <message>
        <source>no theme found: expected a theme heading line followed by the header row &apos;Tavoitteet⇥Toimenpiteet⇥Seuranta⇥Vastuutahot&apos;</source>
        <translation>teemaa ei löytynyt: odotettiin teeman otsikkoriviä ja sen alle sarakeotsikkoriviä &apos;Tavoitteet⇥Toimenpiteet⇥Seuranta⇥Vastuutahot&apos;</translation>
    </message>
    <message>
        <source>unreadable table text: {detail}</source>
        <translation>taulukkotekstiä ei voi lukea: {detail}</translation>
    </message>
    <message>
        <source>this line looks like the header row, but its cells are not separated by tabs (save the table as tab-separated text, or as .xlsx)</source>
        <translation>tämä rivi näyttää otsikkoriviltä, mutta sen soluja ei ole erotettu sarkaimin (tallenna taulukko sarkaimin eroteltuna tekstinä tai .xlsx-tiedostona)</translation>
    </message>
    <message>
        <source>{where}: measure {number} has no text (Toimenpiteet is empty; a merged cell keeps its text in its first cell only)</source>
        <translation>{where}: toimenpiteellä {number} ei ole tekstiä (Toimenpiteet on tyhjä; yhdistetyn solun teksti on vain sen ensimmäisessä solussa)</translation>
    </message>
    <message>
        <source>a measure row before any theme heading</source>
        <translation>toimenpiderivi ennen ensimmäistä teeman otsikkoa</translation>
    </message>
    <message>
        <source>goal text without a goal number: {text}</source>
        <translation>tavoitteen teksti ilman tavoitteen numeroa: {text}</translation>
    </message>
    <message>
        <source>measure {number} appears twice in theme {theme} (first on row {row})</source>
        <translation>toimenpide {number} on kahdesti teemassa {theme} (ensimmäisen kerran rivillä {row})</translation>
    </message>
    <message>
        <source>status {status} has no label (Selite): it would be shown by its colour alone</source>
        <translation>tilalla {status} ei ole selitettä (Selite): se näytettäisiin pelkällä värillä</translation>
    </message>
    <message>
        <source>status {status}: {colour} is not a colour like #2e7d32</source>
        <translation>tila {status}: {colour} ei ole väri kuten #2e7d32</translation>
    </message>
    <message>
        <source>measure {number} of theme {theme}: its {column} text is {length} characters long, more than an Excel cell holds ({limit}), so the round package could not carry it</source>
        <translation>teeman {theme} toimenpide {number}: sen {column}-teksti on {length} merkkiä pitkä, enemmän kuin Excelin soluun mahtuu ({limit}), joten kierrospaketti ei voisi kuljettaa sitä</translation>
    </message>
    <message>
        <source>measure {number} appears twice in theme {theme} (first on sheet {sheet}, row {row})</source>
        <translation>toimenpide {number} on kahdesti teemassa {theme} (ensimmäisen kerran taulukossa {sheet}, rivillä {row})</translation>
    </message>
    <message>
        <source>a continuation row before any measure (no measure number like &apos;1.1&apos;)</source>
        <translation>jatkorivi ennen ensimmäistä toimenpidettä (ei toimenpiteen numeroa, kuten &apos;1.1&apos;)</translation>
    </message>
    <message>
        <source>no measures found</source>
        <translation>toimenpiteitä ei löytynyt</translation>
    </message>
    <message>
        <source>theme {position} has no name</source>
        <translation>teemalla {position} ei ole nimeä</translation>
    </message>
    <message>
        <source>a measure of theme {theme} has no number</source>
        <translation>teeman {theme} toimenpiteeltä puuttuu numero</translation>
    </message>
    <message>
        <source>measure number {number} appears twice in theme {theme}</source>
        <translation>toimenpiteen numero {number} on kahdesti teemassa {theme}</translation>
    </message>
    <message>
        <source>{file}: unchanged, {programme} is already at this content (version {version}); nothing imported.</source>
        <translation>{file}: ei muutoksia, ohjelman {programme} sisältö on jo tämä (versio {version}); mitään ei tuotu.</translation>
    </message>
    <message>
        <source>{file}: imported as new programme {programme} (version {version}): {themes} themes, {measures} measures.</source>
        <translation>{file}: tuotu uutena ohjelmana {programme} (versio {version}): teemoja {themes}, toimenpiteitä {measures}.</translation>
    </message>
    <message>
        <source>{file}: imported as new catalogue version {programme} (version {version}): {themes} themes, {measures} measures.</source>
        <translation>{file}: tuotu ohjelman {programme} toimenpideluettelon uutena versiona (versio {version}): teemoja {themes}, toimenpiteitä {measures}.</translation>
    </message>
    <message>
        <source>New units added to the register (check their names): {items}</source>
        <translation>Rekisteriin lisättiin uusia yksiköitä (tarkista niiden nimet): {items}</translation>
    </message>
    <message>
        <source>{unit} (read from the Vastuutahot of {measures}: {texts})</source>
        <translation>{unit} (luettu toimenpiteen {measures} vastuutahoista: {texts})</translation>
    </message>
    <message>
        <source>measure {number} comes after {before} and is a number in Excel, not text. {advice}</source>
        <translation>toimenpide {number} tulee toimenpiteen {before} jälkeen, ja se on Excelissä luku eikä tekstiä. {advice}</translation>
    </message>
    <message>
        <source>Excel may have stored {lost} as the number {number} (it drops the last zero of a number): format column {column} as text, type the measure numbers again and import the file again</source>
        <translation>Excel on voinut tallentaa numeron {lost} lukuna {number} (se pudottaa luvun viimeisen nollan): muotoile sarake {column} tekstiksi, kirjoita toimenpiteiden numerot uudelleen ja tuo tiedosto uudelleen</translation>
    </message>
    <message>
        <source>{ref}: the Vastuutahot {text} were read as {units}, with the spaces or hyphens inside a name left out; correct the text if that is not what it means</source>
        <translation>{ref}: vastuutahot {text} luettiin yksiköiksi {units} jättämällä nimen sisällä olevat välilyönnit tai yhdysmerkit pois; korjaa teksti, jos se ei tarkoita tätä</translation>
    </message>
    <message>
        <source>Measures added: {items}</source>
        <translation>Lisätyt toimenpiteet: {items}</translation>
    </message>
    <message>
        <source>Measures changed: {items}</source>
        <translation>Muuttuneet toimenpiteet: {items}</translation>
    </message>
    <message>
        <source>Measures no longer in the catalogue (their entries are kept): {items}</source>
        <translation>Toimenpiteet, joita luettelossa ei enää ole (niiden merkinnät säilytetään): {items}</translation>
    </message>
    <message>
        <source>Warning: {warning}</source>
        <translation>Varoitus: {warning}</translation>
    </message>
    <message>
        <source>sheet {sheet} row {row}: a formula was read as its text, not evaluated ({text})</source>
        <translation>taulukko {sheet}, rivi {row}: kaava luettiin tekstinä eikä sitä laskettu ({text})</translation>
    </message>
    <message>
        <source>not a kotodesk catalogue (format is not {format})</source>
        <translation>ei ole kotodeskin toimenpideluettelo (muoto ei ole {format})</translation>
    </message>
    <message>
        <source>malformed catalogue: {detail}</source>
        <translation>virheellinen toimenpideluettelo: {detail}</translation>
    </message>
    <message>
        <source>no responsible unit (Vastuutahot is empty), so no unit reports on them: {refs}</source>
        <translation>ei vastuutahoa (Vastuutahot on tyhjä), joten mikään yksikkö ei raportoi niistä: {refs}</translation>
    </message>
    <message>
        <source>sheet {sheet} is hidden in the workbook; its measures were read as those of the visible sheets</source>
        <translation>taulukko {sheet} on piilotettu työkirjassa; sen toimenpiteet luettiin kuten näkyvien taulukoiden</translation>
    </message>
    <message>
        <source>column {column}: {number} is not a measure number like 1.1 or 4.10 (did Excel make a date or a number of it? Format the column as text and type the number again)</source>
        <translation>sarake {column}: {number} ei ole toimenpiteen numero kuten 1.1 tai 4.10 (tekikö Excel siitä päivämäärän tai luvun? Muotoile sarake tekstiksi ja kirjoita numero uudelleen)</translation>
    </message>
    <message>
        <source>{number} in theme {theme} is not a measure number like 1.1 or 4.10</source>
        <translation>{number} teemassa {theme} ei ole toimenpiteen numero kuten 1.1 tai 4.10</translation>
    </message>
    <message>
        <source>no sheet has the catalogue columns (Tavoitteet, Toimenpiteet, Seuranta, Vastuutahot) in its first rows</source>
        <translation>minkään taulukon ensimmäisillä riveillä ei ole toimenpideluettelon sarakkeita (Tavoitteet, Toimenpiteet, Seuranta, Vastuutahot)</translation>
    </message>
    <message>
        <source>goal cell does not start with a goal number like &apos;1.&apos;: {text}</source>
        <translation>tavoitesolu ei ala tavoitteen numerolla, kuten &apos;1.&apos;: {text}</translation>
    </message>
    <message>
        <source>measure without a number (fill the &apos;Nro&apos; column or start the text with e.g. &apos;1.1&apos;)</source>
        <translation>toimenpiteeltä puuttuu numero (täytä sarake &apos;Nro&apos; tai aloita teksti numerolla, esim. &apos;1.1&apos;)</translation>
    </message>
    <message>
        <source>unknown kind {kind} (use &apos;nosto&apos; or leave empty)</source>
        <translation>tuntematon laji {kind} (kirjoita &apos;nosto&apos; tai jätä solu tyhjäksi)</translation>
    </message>
    <message>
        <source>not a kotodesk round file ({format})</source>
        <translation>ei ole kotodeskin kierrostiedosto ({format})</translation>
    </message>
    <message>
        <source>entry for unknown measure {ref}</source>
        <translation>merkintä tuntemattomalle toimenpiteelle {ref}</translation>
    </message>
    <message>
        <source>{ref}: {unit} is not a responsible unit of the measure</source>
        <translation>{ref}: {unit} ei ole toimenpiteen vastuutaho</translation>
    </message>
    <message>
        <source>{ref}: two texts for the same unit</source>
        <translation>{ref}: kaksi tekstiä samalle yksikölle</translation>
    </message>
    <message>
        <source>{ref}: two texts for the same measure as a whole</source>
        <translation>{ref}: kaksi tekstiä koko toimenpiteelle</translation>
    </message>
    <message>
        <source>{ref}: a value for {clause}, which is not one of the measure&apos;s indicators</source>
        <translation>{ref}: arvo kohdalle {clause}, joka ei ole mikään toimenpiteen mittareista</translation>
    </message>
    <message>
        <source>{ref}: status {status} is not on the programme&apos;s scale</source>
        <translation>{ref}: tila {status} ei kuulu ohjelman tila-asteikkoon</translation>
    </message>
    <message>
        <source>{ref}: a status without the report&apos;s words for it (status_basis)</source>
        <translation>{ref}: tila ilman raportin sanoja, joihin se perustuu (status_basis)</translation>
    </message>
    <message>
        <source>the export stopped before it finished (exit code {status}): export again before sending the files</source>
        <translation>vienti keskeytyi ennen kuin se valmistui (paluukoodi {status}): vie uudelleen ennen kuin lähetät tiedostot</translation>
    </message>
    <message>
        <source>part {part} declares {count} texts, more than kotodesk reads ({limit}): refused unread</source>
        <translation>osa {part} ilmoittaa {count} tekstiä, enemmän kuin kotodesk lukee ({limit}): hylätty lukematta</translation>
    </message>
    <message>
        <source>holds {count} zip entries (more than {limit})</source>
        <translation>sisältää {count} zip-kohdetta (enemmän kuin {limit})</translation>
    </message>
    <message>
        <source>would unpack to {megabytes} MB (limit {limit} MB): refused as a possible zip bomb</source>
        <translation>veisi purettuna {megabytes} Mt (raja {limit} Mt): hylätty mahdollisena zip-pommina</translation>
    </message>
    <message>
        <source>holds the part {part} twice (names differing only in case count as the same part): refused, readers would disagree on it</source>
        <translation>sisältää osan {part} kahdesti (nimet, jotka eroavat vain isojen ja pienten kirjainten osalta, ovat sama osa): hylätty, lukijat tulkitsisivat sen eri tavoin</translation>
    </message>
    <message>
        <source>not an Excel .xlsx file ([Content_Types].xml is missing)</source>
        <translation>ei Excelin .xlsx-tiedosto ([Content_Types].xml puuttuu)</translation>
    </message>
    <message>
        <source>part {part} would unpack to {megabytes} MB: refused as a possible zip bomb</source>
        <translation>osa {part} veisi purettuna {megabytes} Mt: hylätty mahdollisena zip-pommina</translation>
    </message>
    <message>
        <source>part {part} is compressed {ratio}:1: refused as a possible zip bomb</source>
        <translation>osa {part} on pakattu suhteessa {ratio}:1: hylätty mahdollisena zip-pommina</translation>
    </message>
    <message>
        <source>part {part} holds more than it declares: refused as a possible zip bomb</source>
        <translation>osa {part} sisältää enemmän kuin ilmoittaa: hylätty mahdollisena zip-pommina</translation>
    </message>
    <message>
        <source>part {part} contains XML entity or DTD declarations: refused as unsafe</source>
        <translation>osa {part} sisältää XML-entiteetti- tai DTD-määrittelyjä: hylätty vaarallisena</translation>
    </message>
    <message>
        <source>contains XML entity or DTD declarations: refused as unsafe</source>
        <translation>sisältää XML-entiteetti- tai DTD-määrittelyjä: hylätty vaarallisena</translation>
    </message>
    <message>
        <source>damaged or truncated .xlsx (part {part}: {detail})</source>
        <translation>vioittunut tai katkennut .xlsx (osa {part}: {detail})</translation>
    </message>
    <message>
        <source>part {part} holds a row or cell tag written in a way kotodesk does not read: refused unread</source>
        <translation>osassa {part} on rivin tai solun merkintä, joka on kirjoitettu tavalla, jota kotodesk ei lue: hylätty lukematta</translation>
    </message>
    <message>
        <source>part {part}: a row number {value} is not valid</source>
        <translation>osa {part}: rivinumero {value} ei kelpaa</translation>
    </message>
    <message>
        <source>part {part}: the cell reference {value} is not valid</source>
        <translation>osa {part}: soluviittaus {value} ei kelpaa</translation>
    </message>
    <message>
        <source>part {part} reaches row {row}: beyond what kotodesk reads ({rows} rows, {columns} columns); refused unread</source>
        <translation>osa {part} ulottuu riville {row}: pidemmälle kuin kotodesk lukee ({rows} riviä, {columns} saraketta); hylätty lukematta</translation>
    </message>
    <message>
        <source>part {part} reaches row {row}, column {column}: beyond what kotodesk reads ({rows} rows, {columns} columns); refused unread</source>
        <translation>osa {part} ulottuu riville {row}, sarakkeeseen {column}: pidemmälle kuin kotodesk lukee ({rows} riviä, {columns} saraketta); hylätty lukematta</translation>
    </message>
    <message>
        <source>the embedded signature block is damaged ({detail})</source>
        <translation>upotettu allekirjoituslohko on vioittunut ({detail})</translation>
    </message>
    <message>
        <source>unknown sealed format {format}</source>
        <translation>tuntematon allekirjoitusmuoto {format}</translation>
    </message>
    <message>
        <source>the return&apos;s content is malformed: {detail}</source>
        <translation>palautuksen sisältö on virheellinen: {detail}</translation>
    </message>
    <message>
        <source>the file shows its unit as {shown}, another unit than {unit}, for which it would be recorded</source>
        <translation>tiedosto näyttää yksikökseen {shown}, eri yksikön kuin {unit}, jolle se kirjattaisiin</translation>
    </message>
    <message>
        <source>the file shows the status scale otherwise than the programme (other words or colours for its statuses)</source>
        <translation>tiedosto näyttää tilaasteikon toisin kuin ohjelma (tiloilla on muut sanat tai värit)</translation>
    </message>
    <message>
        <source>measure {ref}: status {status} is not on the programme&apos;s scale</source>
        <translation>toimenpide {ref}: tilaa {status} ei ole ohjelman asteikossa</translation>
    </message>
    <message>
        <source>measure {ref}: a value of {name} that the file does not show</source>
        <translation>toimenpide {ref}: mittarin {name} arvo, jota tiedosto ei näytä</translation>
    </message>
    <message>
        <source>measure {ref} is in the file twice, and a person reads both</source>
        <translation>toimenpide {ref} on tiedostossa kahdesti, ja lukija näkee molemmat</translation>
    </message>
    <message>
        <source>measure {ref} is shown as measure {number} of theme {theme}: a person reads it as another measure than the one it would be recorded for</source>
        <translation>toimenpide {ref} näkyy teeman {theme} toimenpiteenä {number}: lukija luulee sitä eri toimenpiteeksi kuin se, jolle se kirjattaisiin</translation>
    </message>
    <message>
        <source>checking this file stopped the checking process twice (exit code {status}): refused unread; send it to the kotodesk developers</source>
        <translation>tämän tiedoston tarkistus pysäytti tarkistavan prosessin kahdesti (paluukoodi {status}): hylätty lukematta; lähetä tiedosto kotodeskin kehittäjille</translation>
    </message>
    <message>
        <source>could not be checked ({detail})</source>
        <translation>tarkistus ei onnistunut ({detail})</translation>
    </message>
    <message>
        <source>checking this file took more than {seconds} s, twice: refused unread; send it to the kotodesk developers</source>
        <translation>tämän tiedoston tarkistus kesti yli {seconds} s kahdesti: hylätty lukematta; lähetä tiedosto kotodeskin kehittäjille</translation>
    </message>
    <message>
        <source>{path}: the database is damaged and cannot be read ({detail}). kotodesk keeps backups of it: the window offers the newest when it starts; `kotodesk backup list` shows them and `kotodesk backup restore FILE` restores one, keeping the damaged file aside</source>
        <translation>{path}: tietokanta on vioittunut, eikä sitä voi lukea ({detail}). kotodesk säilyttää siitä varmuuskopioita: ikkuna tarjoaa uusinta käynnistyessään; `kotodesk backup list` näyttää ne ja `kotodesk backup restore TIEDOSTO` palauttaa yhden ja siirtää vioittuneen tiedoston syrjään</translation>
    </message>
    <message>
        <source>{path}: not a usable kotodesk database ({detail})</source>
        <translation>{path}: ei käyttökelpoinen kotodesk-tietokanta ({detail})</translation>
    </message>
    <message>
        <source>{path}: the database cannot use write-ahead logging here ({mode}); use a data folder on a local disk (--home DIR or KOTODESK_HOME)</source>
        <translation>{path}: tietokanta ei voi käyttää tässä ennakkokirjausta (write-ahead logging, {mode}); käytä datakansiota paikallisella levyllä (--home KANSIO tai KOTODESK_HOME)</translation>
    </message>
    <message>
        <source>{path}: kotodesk cannot write the data folder ({problem}). Nothing was changed; {advice} (--home DIR or KOTODESK_HOME).</source>
        <translation>{path}: kotodesk ei voi kirjoittaa datakansioon ({problem}). Mitään ei muutettu; {advice} (--home KANSIO tai KOTODESK_HOME).</translation>
    </message>
    <message>
        <source>free some space or use another folder</source>
        <translation>vapauta tilaa tai käytä toista kansiota</translation>
    </message>
    <message>
        <source>use a folder with a shorter path</source>
        <translation>käytä kansiota, jonka polku on lyhyempi</translation>
    </message>
    <message>
        <source>use a folder you can write to</source>
        <translation>käytä kansiota, johon voit kirjoittaa</translation>
    </message>
    <message>
        <source>{path}: kotodesk cannot write the database ({problem}). Nothing was changed; {advice} (--home DIR or KOTODESK_HOME).</source>
        <translation>{path}: kotodesk ei voi kirjoittaa tietokantaan ({problem}). Mitään ei muutettu; {advice} (--home KANSIO tai KOTODESK_HOME).</translation>
    </message>
    <message>
        <source>kotodesk cannot tell where to keep its data: this user has no home folder ({detail}). Give a data folder with --home DIR or KOTODESK_HOME.</source>
        <translation>kotodesk ei tiedä, minne sen tiedot tallennetaan: tällä käyttäjällä ei ole kotikansiota ({detail}). Anna datakansio valitsimella --home KANSIO tai ympäristömuuttujalla KOTODESK_HOME.</translation>
    </message>
    <message>
        <source>{path}: written by a newer kotodesk (schema {schema}); update kotodesk to open it</source>
        <translation>{path}: kirjoitettu uudemmalla kotodeskillä (skeema {schema}); päivitä kotodesk avataksesi sen</translation>
    </message>
    <message>
        <source>{path}: {problem}; this change was not saved. Put the data folder back as it was, or close kotodesk and start it again (--home DIR or KOTODESK_HOME).</source>
        <translation>{path}: {problem}; tätä muutosta ei tallennettu. Palauta datakansio ennalleen tai sulje kotodesk ja käynnistä se uudelleen (--home KANSIO tai KOTODESK_HOME).</translation>
    </message>
    <message>
        <source>the database file was moved, removed or replaced by another program while kotodesk had it open</source>
        <translation>toinen ohjelma siirsi, poisti tai korvasi tietokantatiedoston, kun kotodesk piti sitä auki</translation>
    </message>
    <message>
        <source>{path}: another kotodesk is writing to this database; waited {seconds} s. Try again when it has finished.</source>
        <translation>{path}: toinen kotodesk kirjoittaa tähän tietokantaan; odotettiin {seconds} s. Yritä uudelleen, kun se on valmis.</translation>
    </message>
</context>
<context>
    <name>NewKeyDialog</name>
    <message>
        <source>Make a signing key</source>
        <translation>Tee allekirjoitusavain</translation>
    </message>
    <message>
        <source>kotodesk makes your signing key and keeps it on this computer, locked with a passphrase of at least 8 characters. You need the passphrase every time you sign; nobody can recover it.</source>
        <translation>kotodesk tekee allekirjoitusavaimesi ja säilyttää sen tällä tietokoneella vähintään 8 merkin tunnuslauseella lukittuna. Tarvitset tunnuslauseen aina allekirjoittaessasi; kukaan ei voi palauttaa sitä.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Nimesi</translation>
    </message>
    <message>
        <source>Your e-mail</source>
        <translation>Sähköpostiosoitteesi</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Tunnuslause</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Tunnuslause uudelleen</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>&amp;Nimesi:</translation>
    </message>
    <message>
        <source>Your &amp;e-mail:</source>
        <translation>&amp;Sähköpostiosoitteesi:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Tunnuslause:</translation>
    </message>
    <message>
        <source>Passphrase &amp;again:</source>
        <translation>Tunnuslause &amp;uudelleen:</translation>
    </message>
    <message>
        <source>&amp;Make key</source>
        <translation>Tee &amp;avain</translation>
    </message>
    <message>
        <source>Your name is needed for the signature.</source>
        <translation>Allekirjoitukseen tarvitaan nimesi.</translation>
    </message>
    <message>
        <source>The passphrase must have at least 8 characters.</source>
        <translation>Tunnuslauseessa on oltava vähintään 8 merkkiä.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Tunnuslauseet eivät ole samat.</translation>
    </message>
</context>
<context>
    <name>OutputsTab</name>
    <message>
        <source>Signature</source>
        <translation>Allekirjoitus</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Tunnuslause</translation>
    </message>
    <message>
        <source>Signer:</source>
        <translation>Allekirjoittaja:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>Tu&amp;nnuslause:</translation>
    </message>
    <message>
        <source>Merged report and meeting summary</source>
        <translation>Yhdistetty raportti ja kokousyhteenveto</translation>
    </message>
    <message>
        <source>Folder for the files</source>
        <translation>Tiedostojen kansio</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Va&amp;litse…</translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation>Valitse kansio</translation>
    </message>
    <message>
        <source>Save in &amp;folder:</source>
        <translation>Tallenna kansi&amp;oon:</translation>
    </message>
    <message>
        <source>Merged report (.&amp;xlsx): every measure with each unit&apos;s contribution</source>
        <translation>Yhdistetty raportti (.&amp;xlsx): jokainen toimenpide kunkin yksikön merkintöineen</translation>
    </message>
    <message>
        <source>Meeting summary (.p&amp;df): legend, charts per theme, who has not returned, each measure</source>
        <translation>Kokousyhteenveto (.p&amp;df): lukuohje, kaaviot teemoittain, palauttamatta jättäneet, jokainen toimenpide</translation>
    </message>
    <message>
        <source>This version of kotodesk cannot write the meeting summary yet.</source>
        <translation>Tämä kotodeskin versio ei vielä osaa tehdä kokousyhteenvetoa.</translation>
    </message>
    <message>
        <source>&amp;Write and sign</source>
        <translation>Tallenna &amp;ja allekirjoita</translation>
    </message>
    <message>
        <source>Round package for the units</source>
        <translation>Kierrospaketti yksiköille</translation>
    </message>
    <message>
        <source>Write round pac&amp;kage</source>
        <translation>Tallenna kierros&amp;paketti</translation>
    </message>
    <message>
        <source>The round&apos;s deadline</source>
        <translation>Kierroksen määräaika</translation>
    </message>
    <message>
        <source>E-m&amp;ail it to the units…</source>
        <translation>L&amp;ähetä yksiköille sähköpostilla…</translation>
    </message>
    <message>
        <source>Write an e-mail draft to each unit with the round package attached</source>
        <translation>Kirjoita jokaiselle yksikölle sähköpostiluonnos, jonka liitteenä on kierrospaketti</translation>
    </message>
    <message>
        <source>Open a new round</source>
        <translation>Avaa uusi seurantakierros</translation>
    </message>
    <message>
        <source>Monitoring period</source>
        <translation>Seurannan aikaväli</translation>
    </message>
    <message>
        <source>e.g. 1–12/2024</source>
        <translation>esim. 1–12/2024</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Määräaika</translation>
    </message>
    <message>
        <source>Next period</source>
        <translation>Seuraava aikaväli</translation>
    </message>
    <message>
        <source>Close the ro&amp;und that is open now</source>
        <translation>Sulje n&amp;yt avoinna oleva kierros</translation>
    </message>
    <message>
        <source>Ope&amp;n round</source>
        <translation>Avaa &amp;kierros</translation>
    </message>
    <message>
        <source>Monitoring p&amp;eriod:</source>
        <translation>S&amp;eurannan aikaväli:</translation>
    </message>
    <message>
        <source>Dead&amp;line:</source>
        <translation>&amp;Määräaika:</translation>
    </message>
    <message>
        <source>Nex&amp;t period:</source>
        <translation>Seuraava &amp;aikaväli:</translation>
    </message>
    <message>
        <source>Writing progress</source>
        <translation>Tallennuksen eteneminen</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Tulos</translation>
    </message>
    <message>
        <source>fingerprint {0}…</source>
        <translation>sormenjälki {0}…</translation>
    </message>
    <message>
        <source>The package for round {0} carries the catalogue, the round (it has no deadline), the previous round&apos;s merged entries and your review comments. Send it to every unit.</source>
        <translation>Kierroksen {0} paketissa ovat toimenpideluettelo, kierros (sillä ei ole määräaikaa), edellisen kierroksen yhdistetyt merkinnät ja tarkastuskommenttisi. Lähetä se jokaiselle yksikölle.</translation>
    </message>
    <message>
        <source>Conflicts still open: {0}. The contributions concerned are marked unresolved in the files.</source>
        <translation>Avoimia ristiriitoja: {0}. Niitä koskevat merkinnät merkitään tiedostoihin ratkaisemattomiksi.</translation>
    </message>
    <message>
        <source>This programme has no round yet.</source>
        <translation>Tällä ohjelmalla ei ole vielä seurantakierrosta.</translation>
    </message>
    <message>
        <source>Change deadline</source>
        <translation>Muuta määräaikaa</translation>
    </message>
    <message>
        <source>Round&apos;s deadline:</source>
        <translation>Kierroksen määräaika:</translation>
    </message>
    <message>
        <source>The package for round {0} carries the catalogue, the round and its deadline, the previous round&apos;s merged entries and your review comments. Send it to every unit.</source>
        <translation>Kierroksen {0} paketissa ovat toimenpideluettelo, kierros ja sen määräaika, edellisen kierroksen yhdistetyt merkinnät ja tarkastuskommenttisi. Lähetä se jokaiselle yksikölle.</translation>
    </message>
    <message>
        <source>Save in folder</source>
        <translation>Tallenna kansioon</translation>
    </message>
    <message>
        <source>Enter your passphrase.</source>
        <translation>Anna tunnuslauseesi.</translation>
    </message>
    <message>
        <source>Choose a folder.</source>
        <translation>Valitse kansio.</translation>
    </message>
    <message>
        <source>Choose the report, the summary or both.</source>
        <translation>Valitse raportti, yhteenveto tai molemmat.</translation>
    </message>
    <message>
        <source>Signing and writing the merged files…</source>
        <translation>Allekirjoitetaan ja tallennetaan yhdistettyjä tiedostoja…</translation>
    </message>
    <message>
        <source>Signing and writing the round package…</source>
        <translation>Allekirjoitetaan ja tallennetaan kierrospakettia…</translation>
    </message>
    <message>
        <source>Wrote:</source>
        <translation>Tallennettu:</translation>
    </message>
    <message>
        <source>Wrong passphrase. Try again.</source>
        <translation>Väärä tunnuslause. Yritä uudelleen.</translation>
    </message>
    <message>
        <source>Round {0} is open. Write its round package and send it to the units.</source>
        <translation>Seurantakierros {0} on avattu. Tallenna sen kierrospaketti ja lähetä se yksiköille.</translation>
    </message>
    <message>
        <source>Round {0}: the deadline is now {1} (it was {2}). Returns and the summary are judged by it from now on. Write the round package again and send it, so that the units see it.</source>
        <translation>Seurantakierros {0}: määräaika on nyt {1} (oli {2}). Palautusten myöhästyminen arvioidaan tästä eteenpäin sen mukaan, myös kokousyhteenvedossa. Tallenna kierrospaketti uudelleen ja lähetä se, jotta yksiköt näkevät uuden määräajan.</translation>
    </message>
    <message>
        <source>Opening round {0} closes round {1}: its {2} entries from {3} units can then be read but no longer changed, and they become the new round&apos;s &quot;last round&quot;.</source>
        <translation>Kierroksen {0} avaaminen sulkee kierroksen {1}: sen {2} merkintää {3} yksiköltä voi sen jälkeen lukea mutta ei enää muuttaa, ja niistä tulee uuden kierroksen &quot;edellinen kierros&quot;.</translation>
    </message>
    <message>
        <source>A closed round can be opened again with &quot;Reopen round&quot; in this window&apos;s toolbar.</source>
        <translation>Suljetun kierroksen voi avata uudelleen tämän ikkunan työkalurivin painikkeella &quot;Avaa kierros uudelleen&quot;.</translation>
    </message>
    <message>
        <source>Open {0} and close {1}</source>
        <translation>Avaa {0} ja sulje {1}</translation>
    </message>
    <message>
        <source>You have no signing key yet. Make one in Settings › Signing key and trust… › Make a signing key, or with `kotodesk key new`.</source>
        <translation>Sinulla ei ole vielä allekirjoitusavainta. Tee se kohdassa Asetukset › Allekirjoitusavain ja luottamus… › Tee allekirjoitusavain tai komennolla `kotodesk key new`.</translation>
    </message>
</context>
<context>
    <name>PackageImport</name>
    <message>
        <source>Take in round package</source>
        <translation>Tuo kierrospaketti</translation>
    </message>
    <message>
        <source>Round packages (*.xlsx);;All files (*)</source>
        <translation>Kierrospaketit (*.xlsx);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>Round {0} of {1} taken in (deadline {2}).</source>
        <translation>Ohjelman {1} seurantakierros {0} tuotu (määräaika {2}).</translation>
    </message>
    <message>
        <source>Last round ({0}): {1} entries, shown beside each measure.</source>
        <translation>Edellinen seurantakierros ({0}): {1} merkintää, näytetään kunkin toimenpiteen kohdalla.</translation>
    </message>
    <message>
        <source>The certificate the programme issued for your key came with it and is installed: your signatures carry it from now on.</source>
        <translation>Ohjelman avaimellesi myöntämä varmenne tuli paketin mukana ja on asennettu: allekirjoituksesi sisältävät sen tästä lähtien.</translation>
    </message>
    <message>
        <source>Trust this signer?</source>
        <translation>Luotetaanko tähän allekirjoittajaan?</translation>
    </message>
    <message>
        <source>Trust {0} as your coordinator?</source>
        <translation>Luotetaanko henkilöön {0} koordinaattorinasi?</translation>
    </message>
    <message>
        <source>the signer</source>
        <translation>allekirjoittaja</translation>
    </message>
    <message>
        <source>E-mail: {0}</source>
        <translation>Sähköposti: {0}</translation>
    </message>
    <message>
        <source>Compare this fingerprint with the one the coordinator reads to you from their kotodesk (Settings › Signing key and trust):</source>
        <translation>Vertaa tätä sormenjälkeä siihen, jonka koordinaattori lukee sinulle kotodeskistään (Asetukset › Allekirjoitusavain ja luottamus):</translation>
    </message>
    <message>
        <source>&amp;Trust</source>
        <translation>&amp;Luota</translation>
    </message>
    <message>
        <source>&amp;Do not trust</source>
        <translation>&amp;Älä luota</translation>
    </message>
</context>
<context>
    <name>ProblemModel</name>
    <message>
        <source>no value for “{0}”</source>
        <translation>ei arvoa mittarille ”{0}”</translation>
    </message>
    <message>
        <source>no status</source>
        <translation>ei tilaa</translation>
    </message>
    <message>
        <source>no description of what has been done</source>
        <translation>ei kuvausta siitä, mitä on tehty</translation>
    </message>
    <message>
        <source>reasons are required for this status</source>
        <translation>tälle tilalle tarvitaan perustelut</translation>
    </message>
    <message>
        <source>{0}: theme {1}, measure {2}. Enter or F8 goes there.</source>
        <translation>{0}: teema {1}, toimenpide {2}. Enter tai F8 vie sinne.</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <source>Request a certificate from the programme</source>
        <translation>Pyydä varmenne ohjelmalta</translation>
    </message>
    <message>
        <source>The coordinator&apos;s certificate authority issues you a certificate that states the unit you report for. Then anyone who trusts the programme&apos;s certificate, in kotodesk or in a PDF reader, sees your returns as coming from your unit. Write the request, send the file to the coordinator, and read them your key&apos;s fingerprint when they call.</source>
        <translation>Koordinaattorin varmentaja myöntää sinulle varmenteen, jossa lukee yksikkö, jonka puolesta raportoit. Silloin jokainen, joka luottaa ohjelman varmenteeseen kotodeskissä tai PDF-lukijassa, näkee palautuksesi tulevan yksiköltäsi. Kirjoita pyyntö, lähetä tiedosto koordinaattorille ja lue hänelle avaimesi sormenjälki, kun hän soittaa.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Nimesi</translation>
    </message>
    <message>
        <source>Your e-mail</source>
        <translation>Sähköpostiosoitteesi</translation>
    </message>
    <message>
        <source>Your unit</source>
        <translation>Yksikkösi</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN-koodi</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Tunnuslause</translation>
    </message>
    <message>
        <source>Request file</source>
        <translation>Pyyntötiedosto</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Valitse…</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>&amp;Nimesi:</translation>
    </message>
    <message>
        <source>Your &amp;e-mail:</source>
        <translation>&amp;Sähköpostiosoitteesi:</translation>
    </message>
    <message>
        <source>Your &amp;unit:</source>
        <translation>&amp;Yksikkösi:</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN-koodi:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Tunnuslause:</translation>
    </message>
    <message>
        <source>Save &amp;as:</source>
        <translation>Tallenna tie&amp;dostoon:</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Viesti</translation>
    </message>
    <message>
        <source>&amp;Write request</source>
        <translation>&amp;Kirjoita pyyntö</translation>
    </message>
    <message>
        <source>Save the request</source>
        <translation>Tallenna pyyntö</translation>
    </message>
    <message>
        <source>Certificate requests (*.csr)</source>
        <translation>Varmennepyynnöt (*.csr)</translation>
    </message>
    <message>
        <source>Your name is needed for the certificate.</source>
        <translation>Varmenteeseen tarvitaan nimesi.</translation>
    </message>
    <message>
        <source>Enter your PIN.</source>
        <translation>Kirjoita PIN-koodisi.</translation>
    </message>
    <message>
        <source>Enter your passphrase.</source>
        <translation>Kirjoita tunnuslauseesi.</translation>
    </message>
    <message>
        <source>Wrong passphrase. Try again.</source>
        <translation>Väärä tunnuslause. Yritä uudelleen.</translation>
    </message>
    <message>
        <source>Wrote {0}. Send it to the coordinator. Your key&apos;s fingerprint, to read to them: {1}</source>
        <translation>Tallennettu: {0}. Lähetä se koordinaattorille. Avaimesi sormenjälki, jonka luet hänelle: {1}</translation>
    </message>
</context>
<context>
    <name>RequestModel</name>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Unit asked for</source>
        <translation>Pyydetty yksikkö</translation>
    </message>
    <message>
        <source>Key fingerprint (SHA-256)</source>
        <translation>Avaimen sormenjälki (SHA-256)</translation>
    </message>
    <message>
        <source>Request intact</source>
        <translation>Pyyntö ehjä</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Kyllä</translation>
    </message>
    <message>
        <source>NO: changed after it was made</source>
        <translation>EI: muutettu tekemisen jälkeen</translation>
    </message>
    <message>
        <source>Issued, serial {0}</source>
        <translation>Myönnetty, sarjanumero {0}</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Odottaa</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Palauta varmuuskopiosta</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Tiedosto:</translation>
    </message>
    <message>
        <source>Last change:</source>
        <translation>Viimeisin muutos:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ei mitään</translation>
    </message>
    <message>
        <source>Contents:</source>
        <translation>Sisältö:</translation>
    </message>
    <message>
        <source>{0} programmes, {1} rounds, {2} entries, {3} saved changes</source>
        <translation>ohjelmia {0}, seurantakierroksia {1}, merkintöjä {2}, tallennettuja muutoksia {3}</translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation>Tietokannan versio:</translation>
    </message>
    <message>
        <source>Rounds in the backup</source>
        <translation>Varmuuskopion seurantakierrokset</translation>
    </message>
    <message>
        <source>Restoring replaces the damaged database with the contents of the backup. The damaged file is not deleted: it is kept aside in {0} as kotodesk-damaged-….sqlite3.</source>
        <translation>Palauttaminen korvaa vioittuneen tietokannan varmuuskopion sisällöllä. Vioittunutta tiedostoa ei poisteta: se säilytetään kansiossa {0} nimellä kotodesk-damaged-….sqlite3.</translation>
    </message>
    <message>
        <source>Restoring replaces all data in this kotodesk with the contents of the backup. The current data is first saved to {0}, so this can be undone by restoring that file.</source>
        <translation>Palauttaminen korvaa kaikki tämän kotodeskin tiedot varmuuskopion sisällöllä. Nykyiset tiedot tallennetaan ensin kansioon {0}, joten muutoksen voi perua palauttamalla sen tiedoston.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Palauta</translation>
    </message>
</context>
<context>
    <name>ReviewTab</name>
    <message>
        <source>Units to review</source>
        <translation>Tarkastettavat yksiköt</translation>
    </message>
    <message>
        <source>Accept a unit&apos;s return, or send it back with a comment. The unit sees your comment when it takes in the next round package.</source>
        <translation>Hyväksy yksikön palautus tai lähetä se takaisin kommentin kanssa. Yksikkö näkee kommenttisi, kun se tuo seuraavan kierrospaketin.</translation>
    </message>
    <message>
        <source>Comment to the unit</source>
        <translation>Kommentti yksikölle</translation>
    </message>
    <message>
        <source>Comment to the unit (needed when you send the return back)</source>
        <translation>Kommentti yksikölle (tarvitaan, kun lähetät palautuksen takaisin)</translation>
    </message>
    <message>
        <source>Comme&amp;nt:</source>
        <translation>&amp;Kommentti:</translation>
    </message>
    <message>
        <source>&amp;Accept return</source>
        <translation>Hyväksy &amp;palautus</translation>
    </message>
    <message>
        <source>Accept the unit&apos;s return</source>
        <translation>Hyväksy yksikön palautus</translation>
    </message>
    <message>
        <source>Send &amp;back with comment</source>
        <translation>&amp;Lähetä takaisin kommentin kanssa</translation>
    </message>
    <message>
        <source>Send the return back with the comment</source>
        <translation>Lähetä palautus takaisin kommentin kanssa</translation>
    </message>
    <message>
        <source>Say why in the comment: the unit reads it.</source>
        <translation>Kerro syy kommentissa: yksikkö lukee sen.</translation>
    </message>
    <message>
        <source>{0}: accepted.</source>
        <translation>{0}: hyväksytty.</translation>
    </message>
    <message>
        <source>{0}: sent back with your comment.</source>
        <translation>{0}: lähetetty takaisin kommenttisi kanssa.</translation>
    </message>
</context>
<context>
    <name>RoundHeader</name>
    <message>
        <source>Round</source>
        <translation>Seurantakierros</translation>
    </message>
    <message>
        <source>no reporting round</source>
        <translation>ei seurantakierrosta</translation>
    </message>
    <message>
        <source>Monitoring period {0}</source>
        <translation>Seurannan aikaväli {0}</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>päättynyt</translation>
    </message>
    <message>
        <source>Unit: {0}</source>
        <translation>Yksikkö: {0}</translation>
    </message>
    <message>
        <source>The coordinator sent your last return back: {0}</source>
        <translation>Koordinaattori lähetti edellisen palautuksesi takaisin: {0}</translation>
    </message>
    <message>
        <source>The coordinator&apos;s comment on your last return: {0}</source>
        <translation>Koordinaattorin kommentti edelliseen palautukseesi: {0}</translation>
    </message>
    <message numerus="yes">
        <source>deadline {0}, %n day(s) left</source>
        <translation>
            <numerusform>määräaika {0}, %n päivä jäljellä</numerusform>
            <numerusform>määräaika {0}, %n päivää jäljellä</numerusform>
        </translation>
    </message>
    <message>
        <source>deadline {0}, today</source>
        <translation>määräaika {0}, tänään</translation>
    </message>
    <message numerus="yes">
        <source>deadline {0}, passed %n day(s) ago</source>
        <translation>
            <numerusform>määräaika {0}, umpeutui %n päivä sitten</numerusform>
            <numerusform>määräaika {0}, umpeutui %n päivää sitten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoundsModel</name>
    <message>
        <source>Programme</source>
        <translation>Ohjelma</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Kierros</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Merkinnät</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Yksiköt</translation>
    </message>
    <message>
        <source>open</source>
        <translation>avoin</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>päättynyt</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Welcome to kotodesk</source>
        <translation>Tervetuloa kotodeskiin</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Asetukset</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <source>Contact person of a unit: I fill in my unit&apos;s return</source>
        <translation>Yksikön yhteyshenkilö: täytän yksikköni palautuksen</translation>
    </message>
    <message>
        <source>Coordinator: I open rounds and merge the returns</source>
        <translation>Koordinaattori: avaan kierrokset ja yhdistän palautukset</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rooli</translation>
    </message>
    <message>
        <source>Type to search, e.g. Kasko, Kuva, Sotepe</source>
        <translation>Hae kirjoittamalla, esim. Kasko, Kuva, Sotepe</translation>
    </message>
    <message>
        <source>Your unit</source>
        <translation>Yksikkösi</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Nimesi</translation>
    </message>
    <message>
        <source>Your e-mail</source>
        <translation>Sähköpostiosoitteesi</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Kieli:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rooli:</translation>
    </message>
    <message>
        <source>Your &amp;unit:</source>
        <translation>&amp;Yksikkösi:</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>&amp;Nimesi:</translation>
    </message>
    <message>
        <source>Your &amp;e-mail:</source>
        <translation>&amp;Sähköpostiosoitteesi:</translation>
    </message>
    <message>
        <source>kotodesk keeps your unit&apos;s status reports on this computer and works without a network. Choose your role and your unit: you will see the measures your unit is responsible for. A coordinator also opens rounds and merges the units&apos; returns. You can change these later in Settings.</source>
        <translation>kotodesk säilyttää yksikkösi tilannetiedot tällä tietokoneella ja toimii ilman verkkoyhteyttä. Valitse roolisi ja yksikkösi: näet toimenpiteet, joista yksikkösi vastaa. Koordinaattori myös avaa kierrokset ja yhdistää yksiköiden palautukset. Voit muuttaa näitä myöhemmin asetuksissa.</translation>
    </message>
    <message>
        <source>Reporting as: {0}</source>
        <translation>Raportoit vastuutahona: {0}</translation>
    </message>
    <message>
        <source>Choose a unit from the list.</source>
        <translation>Valitse yksikkö luettelosta.</translation>
    </message>
</context>
<context>
    <name>SettledConflicts</name>
    <message>
        <source>Settle all for the ne&amp;west return</source>
        <translation>Ratkaise kaikki uusimman palautuksen &amp;mukaan</translation>
    </message>
    <message>
        <source>Each open conflict is settled for the return signed or saved last, as `kotodesk merge --prefer newest` does. A choice can be reopened below.</source>
        <translation>Jokainen avoin ristiriita ratkaistaan viimeksi allekirjoitetun tai tallennetun palautuksen mukaan, kuten `kotodesk merge --prefer newest` tekee. Valinnan voi avata uudelleen alla.</translation>
    </message>
    <message>
        <source>Settled conflicts</source>
        <translation>Ratkaistut ristiriidat</translation>
    </message>
    <message>
        <source>R&amp;eopen</source>
        <translation>Av&amp;aa uudelleen</translation>
    </message>
    <message>
        <source>Reopen the settled conflict</source>
        <translation>Avaa ratkaistu ristiriita uudelleen</translation>
    </message>
    <message>
        <source>Settled conflicts: {0}</source>
        <translation>Ratkaistut ristiriidat: {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) settled for the newest return.</source>
        <translation>
            <numerusform>%n ristiriita ratkaistu uusimman palautuksen mukaan.</numerusform>
            <numerusform>%n ristiriitaa ratkaistu uusimman palautuksen mukaan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reopen the conflict?</source>
        <translation>Avataanko ristiriita uudelleen?</translation>
    </message>
    <message>
        <source>{0}: forget the choice of {1} and settle the conflict again?</source>
        <translation>{0}: unohdetaanko valinta {1} ja ratkaistaan ristiriita uudelleen?</translation>
    </message>
    <message>
        <source>{0} is open again: choose on the left.</source>
        <translation>{0} on taas avoin: valitse vasemmalta.</translation>
    </message>
</context>
<context>
    <name>SettledModel</name>
    <message>
        <source>Measure</source>
        <translation>Toimenpide</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Yksikkö</translation>
    </message>
    <message>
        <source>Chosen return</source>
        <translation>Valittu palautus</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Next / previous field, in screen order</source>
        <translation>Seuraava / edellinen kenttä näytön järjestyksessä</translation>
    </message>
    <message>
        <source>Choose a status (in the measure list or on the status)</source>
        <translation>Valitse tila (toimenpideluettelossa tai tilan kohdalla)</translation>
    </message>
    <message>
        <source>Move between statuses; between measures in the list</source>
        <translation>Siirry tilasta toiseen; luettelossa toimenpiteestä toiseen</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Välilyönti</translation>
    </message>
    <message>
        <source>Choose the focused status</source>
        <translation>Valitse kohdistettu tila</translation>
    </message>
    <message>
        <source>Enter or ↓ in Search</source>
        <translation>Enter tai ↓ haussa</translation>
    </message>
    <message>
        <source>Go to the first measure found</source>
        <translation>Siirry ensimmäiseen löytyneeseen toimenpiteeseen</translation>
    </message>
    <message>
        <source>Enter in Still missing</source>
        <translation>Enter kohdassa Vielä puuttuu</translation>
    </message>
    <message>
        <source>Go to the missing item</source>
        <translation>Siirry puuttuvaan kohtaan</translation>
    </message>
    <message>
        <source>Alt+underlined letter</source>
        <translation>Alt+alleviivattu kirjain</translation>
    </message>
    <message>
        <source>Menus and buttons, e.g. Alt+H for History</source>
        <translation>Valikot ja painikkeet, esim. Alt+H: Historia</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Pikanäppäimet</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Näppäimet</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Mitä se tekee</translation>
    </message>
</context>
<context>
    <name>SignerDialog</name>
    <message>
        <source>Trust this signer?</source>
        <translation>Luotetaanko allekirjoittajaan?</translation>
    </message>
    <message>
        <source>Certificate: unit {0}, organisation {1}, valid {2} – {3}</source>
        <translation>Varmenne: yksikkö {0}, organisaatio {1}, voimassa {2} – {3}</translation>
    </message>
    <message>
        <source>Compare this fingerprint with the one the signer reads to you from their kotodesk (Settings › Signing key and trust):</source>
        <translation>Vertaa tätä sormenjälkeä siihen, jonka allekirjoittaja lukee sinulle kotodeskistään (Asetukset › Allekirjoitusavain ja luottamus):</translation>
    </message>
    <message>
        <source>The role and units below are proposed from the certificate: check them.</source>
        <translation>Alla oleva rooli ja yksiköt on ehdotettu varmenteen perusteella: tarkista ne.</translation>
    </message>
    <message>
        <source>Unit contact person: returns for the units below</source>
        <translation>Yksikön yhteyshenkilö: palautukset alla oleville yksiköille</translation>
    </message>
    <message>
        <source>Coordinator: round packages and merged reports, and returns for the units below</source>
        <translation>Koordinaattori: kierrospaketit ja yhdistetyt raportit sekä palautukset alla oleville yksiköille</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rooli</translation>
    </message>
    <message>
        <source>Type to find a unit, e.g. Kasko</source>
        <translation>Kirjoita hakeaksesi yksikköä, esim. Kasko</translation>
    </message>
    <message>
        <source>Find a unit</source>
        <translation>Hae yksikköä</translation>
    </message>
    <message>
        <source>Units the signer may speak for</source>
        <translation>Yksiköt, joiden puolesta allekirjoittaja voi vastata</translation>
    </message>
    <message>
        <source>A division includes its units. The signer&apos;s returns count only for these units, and only for the measures they answer for.</source>
        <translation>Toimialaan kuuluvat sen yksiköt. Allekirjoittajan palautukset lasketaan vain näille yksiköille ja vain niille toimenpiteille, joista ne vastaavat.</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rooli:</translation>
    </message>
    <message>
        <source>&amp;Units:</source>
        <translation>&amp;Yksiköt:</translation>
    </message>
    <message>
        <source>&amp;Trust</source>
        <translation>&amp;Luota</translation>
    </message>
    <message>
        <source>May speak for: {0}</source>
        <translation>Voi vastata yksiköistä: {0}</translation>
    </message>
    <message>
        <source>May speak for no unit.</source>
        <translation>Ei voi vastata mistään yksiköstä.</translation>
    </message>
</context>
<context>
    <name>SignerModel</name>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Sormenjälki</translation>
    </message>
    <message>
        <source>your own key</source>
        <translation>oma avaimesi</translation>
    </message>
    <message>
        <source>certificate imported</source>
        <translation>varmenne tuotu</translation>
    </message>
    <message>
        <source>accepted after comparing</source>
        <translation>hyväksytty vertailun jälkeen</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rooli</translation>
    </message>
    <message>
        <source>May speak for</source>
        <translation>Voi vastata yksiköistä</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Vahvistettu</translation>
    </message>
    <message>
        <source>no unit</source>
        <translation>ei yksikköä</translation>
    </message>
    <message>
        <source>{0} (proposed from the certificate)</source>
        <translation>{0} (ehdotettu varmenteesta)</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Koordinaattori</translation>
    </message>
    <message>
        <source>Unit contact person</source>
        <translation>Yksikön yhteyshenkilö</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Kyllä</translation>
    </message>
    <message>
        <source>No: check and confirm</source>
        <translation>Ei: tarkista ja vahvista</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>not reported</source>
        <translation>ei raportoitu</translation>
    </message>
    <message>
        <source>no status given</source>
        <translation>tilaa ei annettu</translation>
    </message>
</context>
<context>
    <name>StatusButtons</name>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>{0} (key {1})</source>
        <translation>{0} (näppäin {1})</translation>
    </message>
</context>
<context>
    <name>StatusesTab</name>
    <message>
        <source>When the units answering for a measure disagree, the merged status defaults to the least advanced one. You can set it yourself, with a note for the meeting.</source>
        <translation>Kun toimenpiteen vastuutahot ovat eri mieltä, yhdistetty tila on oletuksena vähiten edennyt. Voit asettaa sen itse ja kirjoittaa huomautuksen kokousta varten.</translation>
    </message>
    <message>
        <source>Show every measure with a contri&amp;bution</source>
        <translation>&amp;Näytä kaikki toimenpiteet, joilla on merkintöjä</translation>
    </message>
    <message>
        <source>Show every measure with a contribution</source>
        <translation>Näytä kaikki toimenpiteet, joilla on merkintöjä</translation>
    </message>
    <message>
        <source>Merged statuses</source>
        <translation>Yhdistetyt tilat</translation>
    </message>
    <message>
        <source>Merged status</source>
        <translation>Yhdistetty tila</translation>
    </message>
    <message>
        <source>Note for the meeting</source>
        <translation>Huomautus kokousta varten</translation>
    </message>
    <message>
        <source>Why this status, e.g. what the units said</source>
        <translation>Miksi tämä tila, esim. mitä yksiköt sanoivat</translation>
    </message>
    <message>
        <source>S&amp;et merged status</source>
        <translation>&amp;Aseta yhdistetty tila</translation>
    </message>
    <message>
        <source>Return to the &amp;default</source>
        <translation>&amp;Palauta oletus</translation>
    </message>
    <message>
        <source>Merged s&amp;tatus:</source>
        <translation>&amp;Yhdistetty tila:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>Hu&amp;omautus:</translation>
    </message>
    <message>
        <source>No measure needs your decision: where several units answered, they agree.</source>
        <translation>Mikään toimenpide ei tarvitse päätöstäsi: missä useampi yksikkö vastasi, ne ovat samaa mieltä.</translation>
    </message>
    <message>
        <source>{0}: merged status set.</source>
        <translation>{0}: yhdistetty tila asetettu.</translation>
    </message>
    <message>
        <source>{0}: back to the default.</source>
        <translation>{0}: palautettu oletukseen.</translation>
    </message>
</context>
<context>
    <name>ThemeProgressModel</name>
    <message>
        <source>Theme</source>
        <translation>Teema</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Valmiina</translation>
    </message>
    <message>
        <source>{0} of {1} measures</source>
        <translation>{0}/{1} toimenpidettä</translation>
    </message>
</context>
<context>
    <name>TokenDialog</name>
    <message>
        <source>Sign with a card or token</source>
        <translation>Allekirjoita kortilla tai tunnisteella</translation>
    </message>
    <message>
        <source>Your signing key can stay on your organisation&apos;s smart card or a USB token. kotodesk reaches it through the card software&apos;s PKCS#11 module. The PIN is asked each time you sign, and never stored.</source>
        <translation>Allekirjoitusavaimesi voi pysyä organisaatiosi sirukortilla tai USB-tunnisteella. kotodesk käyttää sitä korttiohjelmiston PKCS#11-moduulin kautta. PIN-koodi kysytään joka kerta, kun allekirjoitat, eikä sitä tallenneta koskaan.</translation>
    </message>
    <message>
        <source>PKCS#11 module</source>
        <translation>PKCS#11-moduuli</translation>
    </message>
    <message>
        <source>OpenSC is not installed: choose the card software&apos;s module</source>
        <translation>OpenSC ei ole asennettuna: valitse korttiohjelmiston moduuli</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Selaa…</translation>
    </message>
    <message>
        <source>&amp;Look for cards</source>
        <translation>&amp;Etsi kortit</translation>
    </message>
    <message>
        <source>&amp;Module:</source>
        <translation>&amp;Moduuli:</translation>
    </message>
    <message>
        <source>Certificates on the cards</source>
        <translation>Korttien varmenteet</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Viesti</translation>
    </message>
    <message>
        <source>&amp;Sign with this key</source>
        <translation>&amp;Allekirjoita tällä avaimella</translation>
    </message>
    <message>
        <source>This data folder signs with {0}.</source>
        <translation>Tämä datakansio allekirjoittaa: {0}.</translation>
    </message>
    <message>
        <source>PKCS#11 modules (*.so *.dll *.dylib);;All files (*)</source>
        <translation>PKCS#11-moduulit (*.so *.dll *.dylib);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>No card or token found: is the card in the reader?</source>
        <translation>Korttia tai tunnistetta ei löytynyt: onko kortti lukijassa?</translation>
    </message>
    <message>
        <source>The card holds no certificate: a key without its certificate cannot sign.</source>
        <translation>Kortilla ei ole varmennetta: avain ilman varmennettaan ei voi allekirjoittaa.</translation>
    </message>
    <message>
        <source>Choose the certificate to sign with: on an organisation card, the one for signatures.</source>
        <translation>Valitse varmenne, jolla allekirjoitat: organisaatiokortilla se, joka on tarkoitettu allekirjoituksiin.</translation>
    </message>
    <message>
        <source>This certificate may not sign documents: {0}</source>
        <translation>Tällä varmenteella ei saa allekirjoittaa asiakirjoja: {0}</translation>
    </message>
    <message>
        <source>The PIN of this card is locked: unlock it with the PUK code first.</source>
        <translation>Tämän kortin PIN-koodi on lukittu: avaa lukitus ensin PUK-koodilla.</translation>
    </message>
    <message>
        <source>Sign with the card?</source>
        <translation>Allekirjoitetaanko kortilla?</translation>
    </message>
    <message>
        <source>From now on this data folder signs with the key on the card instead of your key file. The key file stays on this computer, and files you signed with it stay verifiable. Continue?</source>
        <translation>Tästä lähtien tämä datakansio allekirjoittaa kortilla olevalla avaimella avaintiedostosi sijaan. Avaintiedosto jää tälle tietokoneelle, ja sillä allekirjoittamasi tiedostot voi yhä tarkistaa. Jatketaanko?</translation>
    </message>
    <message>
        <source>Signing with the card {0}: {1}, {2}. The PIN is asked when you sign.</source>
        <translation>Allekirjoitetaan kortilla {0}: {1}, {2}. PIN-koodi kysytään allekirjoitettaessa.</translation>
    </message>
</context>
<context>
    <name>TokenMessages</name>
    <message>
        <source>Wrong PIN for the card or token {0}. Nothing was written; type the PIN again.</source>
        <translation>Väärä PIN-koodi kortille tai tunnisteelle {0}. Mitään ei kirjoitettu; kirjoita PIN-koodi uudelleen.</translation>
    </message>
    <message>
        <source>Wrong PIN for the card or token {0}. Nothing was written. Only one try is left before the PIN locks.</source>
        <translation>Väärä PIN-koodi kortille tai tunnisteelle {0}. Mitään ei kirjoitettu. Jäljellä on enää yksi yritys, ennen kuin PIN-koodi lukittuu.</translation>
    </message>
    <message>
        <source>The PIN of the card or token {0} is locked after too many wrong tries. Unlock it with the PUK code (your organisation&apos;s card service helps). Nothing was written.</source>
        <translation>Kortin tai tunnisteen {0} PIN-koodi on lukittunut liian monen väärän yrityksen jälkeen. Avaa lukitus PUK-koodilla (organisaatiosi korttipalvelu auttaa). Mitään ei kirjoitettu.</translation>
    </message>
    <message>
        <source>The card or token {0} is not in the reader. Insert it and try again. Nothing was written.</source>
        <translation>Kortti tai tunniste {0} ei ole lukijassa. Aseta se paikalleen ja yritä uudelleen. Mitään ei kirjoitettu.</translation>
    </message>
    <message>
        <source>The card or token {0} was removed while signing. Insert it and try again. Nothing was written.</source>
        <translation>Kortti tai tunniste {0} poistettiin kesken allekirjoituksen. Aseta se paikalleen ja yritä uudelleen. Mitään ei kirjoitettu.</translation>
    </message>
    <message>
        <source>The certificate chosen on the card or token {0} may not sign documents (its key usage does not allow signatures). Choose the card&apos;s signing certificate. Nothing was written.</source>
        <translation>Kortilta tai tunnisteelta {0} valitulla varmenteella ei saa allekirjoittaa asiakirjoja (sen käyttötarkoitus ei salli allekirjoituksia). Valitse kortin allekirjoitusvarmenne. Mitään ei kirjoitettu.</translation>
    </message>
    <message>
        <source>The PIN for the card or token {0} has the wrong length or characters. Nothing was written; type the PIN again.</source>
        <translation>Kortin tai tunnisteen {0} PIN-koodi on väärän pituinen tai siinä on vääriä merkkejä. Mitään ei kirjoitettu; kirjoita PIN-koodi uudelleen.</translation>
    </message>
    <message>
        <source>The card or token {0} did not answer. Take it out of the reader, insert it again and try again. Nothing was written.</source>
        <translation>Kortti tai tunniste {0} ei vastannut. Ota se pois lukijasta, aseta se uudelleen ja yritä uudelleen. Mitään ei kirjoitettu.</translation>
    </message>
    <message>
        <source>The card or token {0} holds no private key for the chosen certificate. Choose another certificate. Nothing was written.</source>
        <translation>Kortilla tai tunnisteella {0} ei ole valitun varmenteen yksityistä avainta. Valitse toinen varmenne. Mitään ei kirjoitettu.</translation>
    </message>
    <message>
        <source>Several cards or tokens are named {0}. Leave only one in the readers and try again. Nothing was written.</source>
        <translation>Usean kortin tai tunnisteen nimi on {0}. Jätä lukijoihin vain yksi ja yritä uudelleen. Mitään ei kirjoitettu.</translation>
    </message>
    <message>
        <source>No card software was found on this computer (looked for {0}). Install OpenSC or your organisation&apos;s card software, or choose its PKCS#11 module with Browse…</source>
        <translation>Tältä tietokoneelta ei löytynyt kortinlukuohjelmistoa (etsittiin: {0}). Asenna OpenSC tai organisaatiosi kortinlukuohjelmisto, tai valitse sen PKCS#11-moduuli painikkeella Selaa…</translation>
    </message>
    <message>
        <source>{0}: there is no such file. Choose the card software&apos;s PKCS#11 module with Browse…</source>
        <translation>{0}: tällaista tiedostoa ei ole. Valitse kortinlukuohjelmiston PKCS#11-moduuli painikkeella Selaa…</translation>
    </message>
    <message>
        <source>{0} cannot be used as card software (it is not a working PKCS#11 module). Choose the card software&apos;s module with Browse…</source>
        <translation>Tiedostoa {0} ei voi käyttää kortinlukuohjelmistona (se ei ole toimiva PKCS#11-moduuli). Valitse kortinlukuohjelmiston moduuli painikkeella Selaa…</translation>
    </message>
</context>
<context>
    <name>UnitReturnsModel</name>
    <message>
        <source>Unit</source>
        <translation>Yksikkö</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Palautettu</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Raportoitu</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Tarkastus</translation>
    </message>
    <message>
        <source>Comment to the unit</source>
        <translation>Kommentti yksikölle</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Hyväksytty</translation>
    </message>
    <message>
        <source>Sent back</source>
        <translation>Lähetetty takaisin</translation>
    </message>
    <message>
        <source>Not returned</source>
        <translation>Ei palautettu</translation>
    </message>
    <message>
        <source>Returned late, signed {0}</source>
        <translation>Palautettu myöhässä, allekirjoitettu {0}</translation>
    </message>
    <message>
        <source>Returned unsigned: not judged against the deadline</source>
        <translation>Palautettu, allekirjoittamaton: määräajan suhteen arvioimatta</translation>
    </message>
    <message>
        <source>Returned {0}</source>
        <translation>Palautettu {0}</translation>
    </message>
    <message>
        <source>{0}/{1}, {2} without status</source>
        <translation>{0}/{1}, ilman tilaa {2}</translation>
    </message>
    <message>
        <source>Last file received {0}; files: {1}; the first one that counts was signed after the deadline {2}</source>
        <translation>Viimeisin tiedosto vastaanotettu {0}; tiedostoja: {1}; ensimmäinen huomioitava on allekirjoitettu määräajan {2} jälkeen</translation>
    </message>
    <message>
        <source>Last file received {0}; files: {1}</source>
        <translation>Viimeisin tiedosto saapui {0}; tiedostoja: {1}</translation>
    </message>
    <message>
        <source>{0} of the {1} measures the unit answers for have its contribution</source>
        <translation>Yksikön merkintä on {0} toimenpiteessä sen {1} vastuutoimenpiteestä</translation>
    </message>
    <message>
        <source>{0} of them without a status: their merged status waits for it</source>
        <translation>niistä ilman tilaa {0}: niiden yhdistetty tila odottaa sitä</translation>
    </message>
</context>
<context>
    <name>ValidationPanel</name>
    <message>
        <source>Still missing</source>
        <translation>Vielä puuttuu</translation>
    </message>
    <message>
        <source>{0} of {1} measures are still incomplete:</source>
        <translation>Keskeneräisiä toimenpiteitä {0}/{1}:</translation>
    </message>
    <message>
        <source>Nothing is missing: the return is complete.</source>
        <translation>Mitään ei puutu: palautus on valmis.</translation>
    </message>
    <message>
        <source>A code such as 2/3.1 means theme 2, measure 3.1.</source>
        <translation>Tunnus kuten 2/3.1 tarkoittaa teeman 2 toimenpidettä 3.1.</translation>
    </message>
</context>
<context>
    <name>Verification</name>
    <message>
        <source>Valid, trusted signer</source>
        <translation>Kelvollinen, luotettu allekirjoittaja</translation>
    </message>
    <message>
        <source>Valid, unknown signer</source>
        <translation>Kelvollinen, tuntematon allekirjoittaja</translation>
    </message>
    <message>
        <source>Modified after signing</source>
        <translation>Muutettu allekirjoituksen jälkeen</translation>
    </message>
    <message>
        <source>Unsigned</source>
        <translation>Allekirjoittamaton</translation>
    </message>
    <message>
        <source>Not a kotodesk file</source>
        <translation>Ei kotodesk-tiedosto</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation>Ei luettavissa</translation>
    </message>
    <message>
        <source>Signer not authorised</source>
        <translation>Allekirjoittajalla ei valtuutusta</translation>
    </message>
</context>
<context>
    <name>VerificationModel</name>
    <message>
        <source>File</source>
        <translation>Tiedosto</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Tulos</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Yksikkö</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Kierros</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Allekirjoittaja</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Allekirjoitettu</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Sormenjälki</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Trust this signer?</source>
        <translation>Luotetaanko allekirjoittajaan?</translation>
    </message>
    <message>
        <source>Verify files</source>
        <translation>Tarkista tiedostot</translation>
    </message>
    <message>
        <source>Verification results</source>
        <translation>Tarkistuksen tulokset</translation>
    </message>
    <message>
        <source>&amp;Trust signer…</source>
        <translation>&amp;Luota allekirjoittajaan…</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256): {0}</source>
        <translation>Sormenjälki (SHA-256): {0}</translation>
    </message>
    <message>
        <source>Warning: {0}</source>
        <translation>Varoitus: {0}</translation>
    </message>
</context>
</TS>
