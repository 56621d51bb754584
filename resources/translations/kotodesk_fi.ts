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
    <name>CatalogueTreeModel</name>
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
    <name>Controller</name>
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
        <source>Copied</source>
        <translation>Kopioitu</translation>
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
        <source>Save in &amp;folder:</source>
        <translation>Ta&amp;llenna kansioon:</translation>
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
        <source>Send both files to the coordinator by e-mail.</source>
        <translation>Lähetä molemmat tiedostot koordinaattorille sähköpostilla.</translation>
    </message>
    <message>
        <source>Wrong passphrase. Try again.</source>
        <translation>Väärä tunnuslause. Yritä uudelleen.</translation>
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
        <source>Give a whole number, e.g. 13</source>
        <translation>Anna kokonaisluku, esim. 13</translation>
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
        <translation>Vie &amp;kaikki tiedot…</translation>
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
        <source>&amp;Settings</source>
        <translation>&amp;Asetukset</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Muuta asetuksia…</translation>
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
</context>
<context>
    <name>MeasureEditor</name>
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
        <source>This round is closed: its entries can be read, not changed.</source>
        <translation>Tämä seurantakierros on päättynyt: merkintöjä voi lukea mutta ei muuttaa.</translation>
    </message>
    <message>
        <source>Your unit is not responsible for this measure; it is shown for reading.</source>
        <translation>Yksikkösi ei ole tämän toimenpiteen vastuutaho; toimenpide näytetään vain luettavaksi.</translation>
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
        <source>Not reported</source>
        <translation>Ei raportoitu</translation>
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
        <source>Areas: {0}</source>
        <translation>Alueet: {0}</translation>
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
        <translation>Näytä ohjelman &amp;kaikki toimenpiteet</translation>
    </message>
    <message>
        <source>Show all measures</source>
        <translation>Näytä kaikki toimenpiteet</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Toimenpiteet</translation>
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
        <source>Restoring replaces all data in this kotodesk with the contents of the backup. The current data is first saved to {0}, so this can be undone by restoring that file.</source>
        <translation>Palauttaminen korvaa kaikki tämän kotodeskin tiedot varmuuskopion sisällöllä. Nykyiset tiedot tallennetaan ensin kansioon {0}, joten muutoksen voi perua palauttamalla sen tiedoston.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Palauta</translation>
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
        <source>kotodesk keeps your unit&apos;s status reports on this computer and works without a network. Choose your unit: you will see the measures it is responsible for. You can change these later in Settings.</source>
        <translation>kotodesk säilyttää yksikkösi tilanneraportit tällä tietokoneella ja toimii ilman verkkoyhteyttä. Valitse yksikkösi: näet ne toimenpiteet, joiden vastuutaho se on. Voit muuttaa näitä myöhemmin asetuksista.</translation>
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
        <source>Trust {0} &lt;{1}&gt; ({2})?

Compare this fingerprint with the one the signer reads to you from their kotodesk (Settings › Signing key):

{3}</source>
        <translation>Luotetaanko allekirjoittajaan {0} &lt;{1}&gt; ({2})?

Vertaa tätä sormenjälkeä siihen, jonka allekirjoittaja lukee sinulle omasta kotodeskistään (Asetukset › Allekirjoitusavain):

{3}</translation>
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
</context>
</TS>
