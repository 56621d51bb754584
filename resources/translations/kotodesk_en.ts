<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About kotodesk</source>
        <translation>About kotodesk</translation>
    </message>
    <message>
        <source>Status reporting on a city programme of measures</source>
        <translation>Status reporting on a city programme of measures</translation>
    </message>
    <message>
        <source>development (not a bundle)</source>
        <translation>development (not a bundle)</translation>
    </message>
    <message>
        <source>Build:</source>
        <translation>Build:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Data folder:</translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation>Platform:</translation>
    </message>
    <message>
        <source>Components and their licences</source>
        <translation>Components and their licences</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>Licence text</translation>
    </message>
    <message>
        <source>kotodesk is free software under the GNU GPL 3.0 or later. It ships these components:</source>
        <translation>kotodesk is free software under the GNU GPL 3.0 or later. It ships these components:</translation>
    </message>
    <message>
        <source>The package carries no licence file; its licence is named above.</source>
        <translation>The package carries no licence file; its licence is named above.</translation>
    </message>
</context>
<context>
    <name>BackupDialogs</name>
    <message>
        <source>Back up</source>
        <translation>Back up</translation>
    </message>
    <message>
        <source>kotodesk backup (*.sqlite3);;All files (*)</source>
        <translation>kotodesk backup (*.sqlite3);;All files (*)</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>Export all data</source>
        <translation>Export all data</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>CaDialog</name>
    <message>
        <source>Programme certificate authority</source>
        <translation>Programme certificate authority</translation>
    </message>
    <message>
        <source>Certificate authority</source>
        <translation>Certificate authority</translation>
    </message>
    <message>
        <source>Name of the certificate authority</source>
        <translation>Name of the certificate authority</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>New passphrase again</translation>
    </message>
    <message>
        <source>C&amp;reate certificate authority</source>
        <translation>C&amp;reate certificate authority</translation>
    </message>
    <message>
        <source>Save &amp;root certificate…</source>
        <translation>Save &amp;root certificate…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Passphrase for its &amp;key:</source>
        <translation>Passphrase for its &amp;key:</translation>
    </message>
    <message>
        <source>Passphrase &amp;again:</source>
        <translation>Passphrase &amp;again:</translation>
    </message>
    <message>
        <source>Certificate requests</source>
        <translation>Certificate requests</translation>
    </message>
    <message>
        <source>&amp;Open requests…</source>
        <translation>&amp;Open requests…</translation>
    </message>
    <message>
        <source>Unit the certificate speaks for</source>
        <translation>Unit the certificate speaks for</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Validity</translation>
    </message>
    <message>
        <source>&amp;Issue certificate…</source>
        <translation>&amp;Issue certificate…</translation>
    </message>
    <message>
        <source>For &amp;unit:</source>
        <translation>For &amp;unit:</translation>
    </message>
    <message>
        <source>Certificate requests from contact persons</source>
        <translation>Certificate requests from contact persons</translation>
    </message>
    <message>
        <source>Before issuing, call the person and compare the key fingerprint they read from their kotodesk with the one shown here.</source>
        <translation>Before issuing, call the person and compare the key fingerprint they read from their kotodesk with the one shown here.</translation>
    </message>
    <message>
        <source>Certificates issued</source>
        <translation>Certificates issued</translation>
    </message>
    <message>
        <source>Reason for revoking</source>
        <translation>Reason for revoking</translation>
    </message>
    <message>
        <source>No reason given</source>
        <translation>No reason given</translation>
    </message>
    <message>
        <source>Left the unit or the programme</source>
        <translation>Left the unit or the programme</translation>
    </message>
    <message>
        <source>Replaced by a new certificate</source>
        <translation>Replaced by a new certificate</translation>
    </message>
    <message>
        <source>No longer reports</source>
        <translation>No longer reports</translation>
    </message>
    <message>
        <source>Key lost or compromised</source>
        <translation>Key lost or compromised</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>Re&amp;voke…</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>Rea&amp;son:</translation>
    </message>
    <message>
        <source>The certificate authority&apos;s passphrase</source>
        <translation>The certificate authority&apos;s passphrase</translation>
    </message>
    <message>
        <source>Certificate authority&apos;s pass&amp;phrase:</source>
        <translation>Certificate authority&apos;s pass&amp;phrase:</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>its key on a card or token</source>
        <translation>its key on a card or token</translation>
    </message>
    <message>
        <source>its key in {0}, under its own passphrase</source>
        <translation>its key in {0}, under its own passphrase</translation>
    </message>
    <message>
        <source>{0}, valid until {1}; {2}. Root certificate fingerprint (SHA-256): {3}. Give the root certificate to everyone who verifies returns: kotodesk trusts it with Trust a certificate authority (Settings › Signing key and trust), a PDF reader in its trusted certificates. Keep a copy of the folder {4} with your backups.</source>
        <translation>{0}, valid until {1}; {2}. Root certificate fingerprint (SHA-256): {3}. Give the root certificate to everyone who verifies returns: kotodesk trusts it with Trust a certificate authority (Settings › Signing key and trust), a PDF reader in its trusted certificates. Keep a copy of the folder {4} with your backups.</translation>
    </message>
    <message>
        <source>Card&apos;s &amp;PIN:</source>
        <translation>Card&apos;s &amp;PIN:</translation>
    </message>
    <message>
        <source>This data folder runs no certificate authority yet. Create one for the programme: it issues the contact persons&apos; certificates, each stating the unit it may speak for, so that nobody has to be trusted one by one.</source>
        <translation>This data folder runs no certificate authority yet. Create one for the programme: it issues the contact persons&apos; certificates, each stating the unit it may speak for, so that nobody has to be trusted one by one.</translation>
    </message>
    <message>
        <source>The certificate authority needs a name.</source>
        <translation>The certificate authority needs a name.</translation>
    </message>
    <message>
        <source>The passphrase must have at least 8 characters.</source>
        <translation>The passphrase must have at least 8 characters.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <source>Created the certificate authority {0}. Returns certified by it now count here for the units their certificates state.</source>
        <translation>Created the certificate authority {0}. Returns certified by it now count here for the units their certificates state.</translation>
    </message>
    <message>
        <source>Save root certificate</source>
        <translation>Save root certificate</translation>
    </message>
    <message>
        <source>Certificate (*.pem)</source>
        <translation>Certificate (*.pem)</translation>
    </message>
    <message>
        <source>Wrote {0}.</source>
        <translation>Wrote {0}.</translation>
    </message>
    <message>
        <source>Open certificate requests</source>
        <translation>Open certificate requests</translation>
    </message>
    <message>
        <source>Certificate requests (*.csr *.pem *.der);;All files (*)</source>
        <translation>Certificate requests (*.csr *.pem *.der);;All files (*)</translation>
    </message>
    <message>
        <source>Enter the certificate authority&apos;s passphrase.</source>
        <translation>Enter the certificate authority&apos;s passphrase.</translation>
    </message>
    <message>
        <source>Wrong passphrase for the certificate authority&apos;s key.</source>
        <translation>Wrong passphrase for the certificate authority&apos;s key.</translation>
    </message>
    <message>
        <source>Open a request and select it first.</source>
        <translation>Open a request and select it first.</translation>
    </message>
    <message>
        <source>The request {0} was changed after it was made: ask the person for a new one.</source>
        <translation>The request {0} was changed after it was made: ask the person for a new one.</translation>
    </message>
    <message>
        <source>Save the certificate</source>
        <translation>Save the certificate</translation>
    </message>
    <message>
        <source>Issued a certificate to {0} for {1}, serial {2}; wrote {3}. Send the file to the person: they install it with Install issued certificate.</source>
        <translation>Issued a certificate to {0} for {1}, serial {2}; wrote {3}. Send the file to the person: they install it with Install issued certificate.</translation>
    </message>
    <message>
        <source>The same key&apos;s certificate {0} ({1}, until {2}) stays valid: revoke it (Replaced by a new certificate) if this one replaces it.</source>
        <translation>The same key&apos;s certificate {0} ({1}, until {2}) stays valid: revoke it (Replaced by a new certificate) if this one replaces it.</translation>
    </message>
    <message>
        <source>Select the certificate to revoke.</source>
        <translation>Select the certificate to revoke.</translation>
    </message>
    <message>
        <source>That certificate is revoked already.</source>
        <translation>That certificate is revoked already.</translation>
    </message>
    <message>
        <source>Revoke the certificate?</source>
        <translation>Revoke the certificate?</translation>
    </message>
    <message>
        <source>Revoke the certificate of {0} (serial {1})? Files signed with it stop counting, also those merged already in open rounds. It cannot be undone: the person needs a new certificate.</source>
        <translation>Revoke the certificate of {0} (serial {1})? Files signed with it stop counting, also those merged already in open rounds. It cannot be undone: the person needs a new certificate.</translation>
    </message>
    <message>
        <source>Revoked the certificate of {0} (serial {1}). The new revocation list travels in the next round package.</source>
        <translation>Revoked the certificate of {0} (serial {1}). The new revocation list travels in the next round package.</translation>
    </message>
    <message>
        <source>Revoked with it, as the same key: {0} ({1}, serial {2}).</source>
        <translation>Revoked with it, as the same key: {0} ({1}, serial {2}).</translation>
    </message>
    <message>
        <source>No longer counts: {0}.</source>
        <translation>No longer counts: {0}.</translation>
    </message>
</context>
<context>
    <name>CardKeyModel</name>
    <message>
        <source>Card or token</source>
        <translation>Card or token</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Can sign</source>
        <translation>Can sign</translation>
    </message>
    <message>
        <source> (PIN locked)</source>
        <translation> (PIN locked)</translation>
    </message>
    <message>
        <source>No: not for signatures</source>
        <translation>No: not for signatures</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
</context>
<context>
    <name>CatalogueTreeModel</name>
    <message>
        <source>Goals:</source>
        <translation>Goals:</translation>
    </message>
    <message>
        <source>Highlighted project (Nosto), without an indicator</source>
        <translation>Highlighted project (Nosto), without an indicator</translation>
    </message>
    <message>
        <source>Goal {0}. {1}</source>
        <translation>Goal {0}. {1}</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>Reported together with other units.</source>
        <translation>Reported together with other units.</translation>
    </message>
    <message>
        <source>{0}, {1} of {2} reported</source>
        <translation>{0}, {1} of {2} reported</translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation>Not reported</translation>
    </message>
    <message>
        <source>Code {0}: theme {1}, measure {2}</source>
        <translation>Code {0}: theme {1}, measure {2}</translation>
    </message>
    <message>
        <source>⇄ your unit reports on this measure together with other units</source>
        <translation>⇄ your unit reports on this measure together with other units</translation>
    </message>
</context>
<context>
    <name>CompletenessMatrixModel</name>
    <message>
        <source>does not answer for this measure</source>
        <translation>does not answer for this measure</translation>
    </message>
</context>
<context>
    <name>CompletenessTab</name>
    <message>
        <source>Units and their returns</source>
        <translation>Units and their returns</translation>
    </message>
    <message>
        <source>Statuses by unit and measure</source>
        <translation>Statuses by unit and measure</translation>
    </message>
    <message>
        <source>Selected cell</source>
        <translation>Selected cell</translation>
    </message>
    <message>
        <source>Themes reported</source>
        <translation>Themes reported</translation>
    </message>
    <message>
        <source>Co&amp;py reminder</source>
        <translation>Co&amp;py reminder</translation>
    </message>
    <message>
        <source>Copy a reminder for the units that have not returned</source>
        <translation>Copy a reminder for the units that have not returned</translation>
    </message>
    <message>
        <source>R&amp;emind by e-mail…</source>
        <translation>R&amp;emind by e-mail…</translation>
    </message>
    <message>
        <source>Write an e-mail draft to each unit that has not returned</source>
        <translation>Write an e-mail draft to each unit that has not returned</translation>
    </message>
    <message>
        <source>This programme has no round yet.</source>
        <translation>This programme has no round yet.</translation>
    </message>
    <message>
        <source>Round {0}: {1} of {2} units have returned; {3} measures still lack a responsible unit&apos;s contribution.</source>
        <translation>Round {0}: {1} of {2} units have returned; {3} measures still lack a responsible unit&apos;s contribution.</translation>
    </message>
    <message>
        <source>Units that have not returned yet: {0}.</source>
        <translation>Units that have not returned yet: {0}.</translation>
    </message>
    <message>
        <source>Every unit has returned.</source>
        <translation>Every unit has returned.</translation>
    </message>
    <message>
        <source>Not reported, or no status given</source>
        <translation>Not reported, or no status given</translation>
    </message>
    <message>
        <source>Blank: the unit does not answer for the measure</source>
        <translation>Blank: the unit does not answer for the measure</translation>
    </message>
    <message>
        <source>A code such as 2/3.1 means theme 2, measure 3.1.</source>
        <translation>A code such as 2/3.1 means theme 2, measure 3.1.</translation>
    </message>
    <message>
        <source>The reminder is on the clipboard: paste it into an e-mail.</source>
        <translation>The reminder is on the clipboard: paste it into an e-mail.</translation>
    </message>
</context>
<context>
    <name>ComponentsModel</name>
    <message>
        <source>Component</source>
        <translation>Component</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
</context>
<context>
    <name>ConflictListModel</name>
    <message>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Files</translation>
    </message>
</context>
<context>
    <name>ConflictOptionsModel</name>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verification</translation>
    </message>
    <message>
        <source>Signed or saved</source>
        <translation>Signed or saved</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>What has been done</source>
        <translation>What has been done</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <source>Indicator values</source>
        <translation>Indicator values</translation>
    </message>
    <message>
        <source>Reporting by indicator</source>
        <translation>Reporting by indicator</translation>
    </message>
    <message>
        <source>Return {0}</source>
        <translation>Return {0}</translation>
    </message>
</context>
<context>
    <name>ConflictsTab</name>
    <message>
        <source>Open conflicts</source>
        <translation>Open conflicts</translation>
    </message>
    <message>
        <source>The differing contributions</source>
        <translation>The differing contributions</translation>
    </message>
    <message>
        <source>Rows in bold differ. Choose the return that speaks for the unit on this measure; the other stays on record.</source>
        <translation>Rows in bold differ. Choose the return that speaks for the unit on this measure; the other stays on record.</translation>
    </message>
    <message>
        <source>Open conflicts: {0}</source>
        <translation>Open conflicts: {0}</translation>
    </message>
    <message>
        <source>No open conflicts: every unit&apos;s returns agree, or the newer one clearly speaks.</source>
        <translation>No open conflicts: every unit&apos;s returns agree, or the newer one clearly speaks.</translation>
    </message>
    <message>
        <source>Unit: {0}</source>
        <translation>Unit: {0}</translation>
    </message>
    <message>
        <source>Use return &amp;{0}</source>
        <translation>Use return &amp;{0}</translation>
    </message>
    <message>
        <source>Use return {0}, {1}</source>
        <translation>Use return {0}, {1}</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>there is no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set). Start kotodesk from a desktop session; the command line works without one (kotodesk --help).</source>
        <translation>there is no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set). Start kotodesk from a desktop session; the command line works without one (kotodesk --help).</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Back up</translation>
    </message>
    <message>
        <source>Backed up to {0}</source>
        <translation>Backed up to {0}</translation>
    </message>
    <message>
        <source>Export all data</source>
        <translation>Export all data</translation>
    </message>
    <message>
        <source>Wrote {0}</source>
        <translation>Wrote {0}</translation>
    </message>
    <message>
        <source>The database in {0} is damaged and cannot be read. Close kotodesk and start it again: it offers the newest backup kotodesk kept, and keeps the damaged file aside.</source>
        <translation>The database in {0} is damaged and cannot be read. Close kotodesk and start it again: it offers the newest backup kotodesk kept, and keeps the damaged file aside.</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>Restored {0}; the previous data is in {1}</source>
        <translation>Restored {0}; the previous data is in {1}</translation>
    </message>
    <message>
        <source>The daily backup failed: {0}</source>
        <translation>The daily backup failed: {0}</translation>
    </message>
    <message>
        <source>kotodesk is already open with the data folder {0}. Switch to that window; two windows on one folder would overwrite each other&apos;s typing.</source>
        <translation>kotodesk is already open with the data folder {0}. Switch to that window; two windows on one folder would overwrite each other&apos;s typing.</translation>
    </message>
</context>
<context>
    <name>CoordinatorWindow</name>
    <message>
        <source>Round</source>
        <translation>Round</translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation>&amp;Round:</translation>
    </message>
    <message>
        <source>Reopen round…</source>
        <translation>Reopen round…</translation>
    </message>
    <message>
        <source>Open this closed round again, so that its entries can be changed</source>
        <translation>Open this closed round again, so that its entries can be changed</translation>
    </message>
    <message>
        <source>Coordinator&apos;s work</source>
        <translation>Coordinator&apos;s work</translation>
    </message>
    <message>
        <source>Add returns…</source>
        <translation>Add returns…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>Coordinator: {0}</source>
        <translation>Coordinator: {0}</translation>
    </message>
    <message>
        <source>Returns &amp;inbox</source>
        <translation>Returns &amp;inbox</translation>
    </message>
    <message>
        <source>&amp;Conflicts ({0})</source>
        <translation>&amp;Conflicts ({0})</translation>
    </message>
    <message>
        <source>&amp;Conflicts</source>
        <translation>&amp;Conflicts</translation>
    </message>
    <message>
        <source>Co&amp;mpleteness</source>
        <translation>Co&amp;mpleteness</translation>
    </message>
    <message>
        <source>Re&amp;view</source>
        <translation>Re&amp;view</translation>
    </message>
    <message>
        <source>Merged &amp;statuses</source>
        <translation>Merged &amp;statuses</translation>
    </message>
    <message>
        <source>&amp;Outputs</source>
        <translation>&amp;Outputs</translation>
    </message>
    <message>
        <source>Reopen round {0}? Its entries can then be changed again.</source>
        <translation>Reopen round {0}? Its entries can then be changed again.</translation>
    </message>
    <message>
        <source>Round {0} is open now ({1} entries from {2} units). It will be closed: its entries are kept and can be read, and it can be reopened the same way.</source>
        <translation>Round {0} is open now ({1} entries from {2} units). It will be closed: its entries are kept and can be read, and it can be reopened the same way.</translation>
    </message>
    <message>
        <source>Reopen round</source>
        <translation>Reopen round</translation>
    </message>
    <message>
        <source>Reopen {0}</source>
        <translation>Reopen {0}</translation>
    </message>
    <message>
        <source>Round {0} is open again.</source>
        <translation>Round {0} is open again.</translation>
    </message>
    <message>
        <source>Round {0} is closed.</source>
        <translation>Round {0} is closed.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>kotodesk ran into a problem</source>
        <translation>kotodesk ran into a problem</translation>
    </message>
    <message>
        <source>What you typed has been saved.</source>
        <translation>What you typed has been saved.</translation>
    </message>
    <message>
        <source>Some of what you typed could not be saved; the report says why.</source>
        <translation>Some of what you typed could not be saved; the report says why.</translation>
    </message>
    <message>
        <source>kotodesk met an error it did not expect. You can keep working, or quit and start kotodesk again. Please send the report below to your coordinator or IT support: copy it with the button.</source>
        <translation>kotodesk met an error it did not expect. You can keep working, or quit and start kotodesk again. Please send the report below to your coordinator or IT support: copy it with the button.</translation>
    </message>
    <message>
        <source>Error report</source>
        <translation>Error report</translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation>&amp;Copy report</translation>
    </message>
    <message>
        <source>&amp;Quit kotodesk</source>
        <translation>&amp;Quit kotodesk</translation>
    </message>
    <message>
        <source>&amp;Keep working</source>
        <translation>&amp;Keep working</translation>
    </message>
    <message>
        <source>The database in this data folder is damaged (a disk fault, or the file was changed outside kotodesk). Quit kotodesk and start it again: it offers to restore the newest backup and keeps the damaged file aside.</source>
        <translation>The database in this data folder is damaged (a disk fault, or the file was changed outside kotodesk). Quit kotodesk and start it again: it offers to restore the newest backup and keeps the damaged file aside.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copied</translation>
    </message>
</context>
<context>
    <name>DamagedAtStart</name>
    <message>
        <source>Restore from backup</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>The database in {0} is damaged and cannot be read.</source>
        <translation>The database in {0} is damaged and cannot be read.</translation>
    </message>
    <message>
        <source>kotodesk keeps backups of it. The newest that can be read was made {0}; you see what it holds before anything is replaced. The damaged file is kept aside, not deleted.</source>
        <translation>kotodesk keeps backups of it. The newest that can be read was made {0}; you see what it holds before anything is replaced. The damaged file is kept aside, not deleted.</translation>
    </message>
    <message>
        <source>Note about that backup: {0}.</source>
        <translation>Note about that backup: {0}.</translation>
    </message>
    <message>
        <source>No backup of it that can be read was found in {0}. If you made one (File › Back up…), choose it; the damaged file is kept aside, not deleted.</source>
        <translation>No backup of it that can be read was found in {0}. If you made one (File › Back up…), choose it; the damaged file is kept aside, not deleted.</translation>
    </message>
    <message>
        <source>SQLite says: {0}</source>
        <translation>SQLite says: {0}</translation>
    </message>
    <message>
        <source>Restore the newest backup…</source>
        <translation>Restore the newest backup…</translation>
    </message>
    <message>
        <source>Choose a backup…</source>
        <translation>Choose a backup…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Restored {0}. The damaged database is kept as {1}.</source>
        <translation>Restored {0}. The damaged database is kept as {1}.</translation>
    </message>
</context>
<context>
    <name>EditCommand</name>
    <message>
        <source>Edit {0}</source>
        <translation>Edit {0}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export signed return</source>
        <translation>Export signed return</translation>
    </message>
    <message>
        <source>The return of &lt;b&gt;{0}&lt;/b&gt; for the monitoring period {1} is written as an Excel file and a PDF, both signed by you.</source>
        <translation>The return of &lt;b&gt;{0}&lt;/b&gt; for the monitoring period {1} is written as an Excel file and a PDF, both signed by you.</translation>
    </message>
    <message>
        <source>Still missing</source>
        <translation>Still missing</translation>
    </message>
    <message>
        <source>{0} of {1} measures are still incomplete. You can export now: both files will be marked incomplete and list what is missing.</source>
        <translation>{0} of {1} measures are still incomplete. You can export now: both files will be marked incomplete and list what is missing.</translation>
    </message>
    <message>
        <source>Nothing is missing: all {0} measures are complete.</source>
        <translation>Nothing is missing: all {0} measures are complete.</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Passphrase again</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>Your e-mail</source>
        <translation>Your e-mail</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <source>Signer:</source>
        <translation>Signer:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>You have no signing key yet. kotodesk makes one now and keeps it on this computer, locked with a passphrase of at least 8 characters. You need the passphrase every time you sign; nobody can recover it.</source>
        <translation>You have no signing key yet. kotodesk makes one now and keeps it on this computer, locked with a passphrase of at least 8 characters. You need the passphrase every time you sign; nobody can recover it.</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Your &amp;name:</translation>
    </message>
    <message>
        <source>Your &amp;e-mail:</source>
        <translation>Your &amp;e-mail:</translation>
    </message>
    <message>
        <source>Passphrase &amp;again:</source>
        <translation>Passphrase &amp;again:</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Export progress</translation>
    </message>
    <message>
        <source>&amp;Export and sign</source>
        <translation>E&amp;xport and sign</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Open folder</translation>
    </message>
    <message>
        <source>Send to &amp;coordinator</source>
        <translation>Send to &amp;coordinator</translation>
    </message>
    <message>
        <source>Write an e-mail draft with both files attached and open it in your mail program</source>
        <translation>Write an e-mail draft with both files attached and open it in your mail program</translation>
    </message>
    <message>
        <source>Save in &amp;folder:</source>
        <translation>Save in &amp;folder:</translation>
    </message>
    <message>
        <source>Card or token:</source>
        <translation>Card or token:</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN:</translation>
    </message>
    <message>
        <source>Save in folder</source>
        <translation>Save in folder</translation>
    </message>
    <message>
        <source>Choose a folder.</source>
        <translation>Choose a folder.</translation>
    </message>
    <message>
        <source>Your name is needed for the signature.</source>
        <translation>Your name is needed for the signature.</translation>
    </message>
    <message>
        <source>The passphrase must have at least 8 characters.</source>
        <translation>The passphrase must have at least 8 characters.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <source>Enter your PIN.</source>
        <translation>Enter your PIN.</translation>
    </message>
    <message>
        <source>Enter your passphrase.</source>
        <translation>Enter your passphrase.</translation>
    </message>
    <message>
        <source>Signing and writing…</source>
        <translation>Signing and writing…</translation>
    </message>
    <message>
        <source>Wrote:</source>
        <translation>Wrote:</translation>
    </message>
    <message>
        <source>Marked incomplete: {0} measures still lack something.</source>
        <translation>Marked incomplete: {0} measures still lack something.</translation>
    </message>
    <message>
        <source>Send both files to the coordinator by e-mail: Send to coordinator writes the e-mail for your mail program.</source>
        <translation>Send both files to the coordinator by e-mail: Send to coordinator writes the e-mail for your mail program.</translation>
    </message>
    <message>
        <source>Wrote the e-mail draft {0}.</source>
        <translation>Wrote the e-mail draft {0}.</translation>
    </message>
    <message>
        <source>The coordinator&apos;s address cannot be used: {0}. Type the right one in the draft.</source>
        <translation>The coordinator&apos;s address cannot be used: {0}. Type the right one in the draft.</translation>
    </message>
    <message>
        <source>The coordinator&apos;s address is not known yet (it comes with the round package): type it in the draft.</source>
        <translation>The coordinator&apos;s address is not known yet (it comes with the round package): type it in the draft.</translation>
    </message>
    <message>
        <source>Your mail program opens it: check it and press Send.</source>
        <translation>Your mail program opens it: check it and press Send.</translation>
    </message>
    <message>
        <source>Wrong passphrase. Try again.</source>
        <translation>Wrong passphrase. Try again.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>kotodesk user guide</source>
        <translation>kotodesk user guide</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>User guide</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of {0}</source>
        <translation>History of {0}</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>What has been done</source>
        <translation>What has been done</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <source>Indicator report</source>
        <translation>Indicator report</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
</context>
<context>
    <name>ImportChoiceDialog</name>
    <message>
        <source>Import catalogue</source>
        <translation>Import catalogue</translation>
    </message>
    <message>
        <source>{0} holds the programme “{1}”:</source>
        <translation>{0} holds the programme “{1}”:</translation>
    </message>
    <message>
        <source>Measures: {0}.</source>
        <translation>Measures: {0}.</translation>
    </message>
    <message>
        <source>Import it as:</source>
        <translation>Import it as:</translation>
    </message>
    <message>
        <source>A new &amp;version of</source>
        <translation>A new &amp;version of</translation>
    </message>
    <message>
        <source>Programme the file is a new version of</source>
        <translation>Programme the file is a new version of</translation>
    </message>
    <message>
        <source>A &amp;new programme “{0}”</source>
        <translation>A &amp;new programme “{0}”</translation>
    </message>
    <message>
        <source>The file names this programme, so it is offered as a new version.</source>
        <translation>The file names this programme, so it is offered as a new version.</translation>
    </message>
    <message>
        <source>The file names no programme kept here: choose.</source>
        <translation>The file names no programme kept here: choose.</translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verification</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Signer</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Superseded by {0}</source>
        <translation>Superseded by {0}</translation>
    </message>
    <message>
        <source>Same return as {0}</source>
        <translation>Same return as {0}</translation>
    </message>
    <message>
        <source>In conflict on {0}</source>
        <translation>In conflict on {0}</translation>
    </message>
    <message>
        <source>Refused: {0}</source>
        <translation>Refused: {0}</translation>
    </message>
    <message>
        <source>Accepted by {0}</source>
        <translation>Accepted by {0}</translation>
    </message>
    <message>
        <source>Held, not merged: {0}</source>
        <translation>Held, not merged: {0}</translation>
    </message>
    <message>
        <source>{0} signed {1}</source>
        <translation>{0} signed {1}</translation>
    </message>
    <message>
        <source>the signer is not on the trust list</source>
        <translation>the signer is not on the trust list</translation>
    </message>
    <message>
        <source>the return is unsigned</source>
        <translation>the return is unsigned</translation>
    </message>
    <message>
        <source>the signer may not speak for this unit</source>
        <translation>the signer may not speak for this unit</translation>
    </message>
</context>
<context>
    <name>InboxTab</name>
    <message>
        <source>Add &amp;files…</source>
        <translation>Add &amp;files…</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Add files</translation>
    </message>
    <message>
        <source>Add fol&amp;der…</source>
        <translation>Add fol&amp;der…</translation>
    </message>
    <message>
        <source>Add folder</source>
        <translation>Add folder</translation>
    </message>
    <message>
        <source>Intake progress</source>
        <translation>Intake progress</translation>
    </message>
    <message>
        <source>%v of %m files</source>
        <translation>%v of %m files</translation>
    </message>
    <message>
        <source>Cance&amp;l</source>
        <translation>Cance&amp;l</translation>
    </message>
    <message>
        <source>Cancel the intake</source>
        <translation>Cancel the intake</translation>
    </message>
    <message>
        <source>Received files</source>
        <translation>Received files</translation>
    </message>
    <message>
        <source>Inbox summary</source>
        <translation>Inbox summary</translation>
    </message>
    <message>
        <source>Selected file</source>
        <translation>Selected file</translation>
    </message>
    <message>
        <source>&amp;Trust signer…</source>
        <translation>&amp;Trust signer…</translation>
    </message>
    <message>
        <source>Trust the signer of the selected file</source>
        <translation>Trust the signer of the selected file</translation>
    </message>
    <message>
        <source>Ta&amp;ke in sealed values…</source>
        <translation>Ta&amp;ke in sealed values…</translation>
    </message>
    <message>
        <source>Take in the sealed values of the selected file, whose appearance changed</source>
        <translation>Take in the sealed values of the selected file, whose appearance changed</translation>
    </message>
    <message>
        <source>Round {0} is closed: returns for it are refused. Choose the open round above, or open a new round under Outputs.</source>
        <translation>Round {0} is closed: returns for it are refused. Choose the open round above, or open a new round under Outputs.</translation>
    </message>
    <message>
        <source>No returns received for this round yet.</source>
        <translation>No returns received for this round yet.</translation>
    </message>
    <message>
        <source>, {0} set aside (not returns)</source>
        <translation>, {0} set aside (not returns)</translation>
    </message>
    <message>
        <source>Select a file to see its verification in full.</source>
        <translation>Select a file to see its verification in full.</translation>
    </message>
    <message>
        <source>Signer: {0}</source>
        <translation>Signer: {0}</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256): {0}</source>
        <translation>Fingerprint (SHA-256): {0}</translation>
    </message>
    <message>
        <source>Take in the sealed values</source>
        <translation>Take in the sealed values</translation>
    </message>
    <message>
        <source>{0} was changed after signing, but only in how it looks: every value it shows is what {1} signed. Take in its signed values? Its signer must still be trusted for its unit; the inbox and the merged report mark it as changed in appearance, and the signed PDF shows what the signer saw.</source>
        <translation>{0} was changed after signing, but only in how it looks: every value it shows is what {1} signed. Take in its signed values? Its signer must still be trusted for its unit; the inbox and the merged report mark it as changed in appearance, and the signed PDF shows what the signer saw.</translation>
    </message>
    <message>
        <source>the signer</source>
        <translation>the signer</translation>
    </message>
    <message>
        <source>{0} was not taken in: {1}</source>
        <translation>{0} was not taken in: {1}</translation>
    </message>
    <message>
        <source>Add returns</source>
        <translation>Add returns</translation>
    </message>
    <message>
        <source>Returns (*.xlsx *.pdf);;All files (*)</source>
        <translation>Returns (*.xlsx *.pdf);;All files (*)</translation>
    </message>
    <message>
        <source>Add a folder of returns</source>
        <translation>Add a folder of returns</translation>
    </message>
    <message>
        <source>This programme has no round to take returns into. Open a round under Outputs.</source>
        <translation>This programme has no round to take returns into. Open a round under Outputs.</translation>
    </message>
    <message>
        <source>Looking for returns…</source>
        <translation>Looking for returns…</translation>
    </message>
    <message>
        <source>Taking in {0}…</source>
        <translation>Taking in {0}…</translation>
    </message>
    <message>
        <source>Stopped after {0} of {1} files: {2}</source>
        <translation>Stopped after {0} of {1} files: {2}</translation>
    </message>
    <message>
        <source>Cancelled after {0} of {1} files: {2} taken in, {3} refused; the rest were not touched.</source>
        <translation>Cancelled after {0} of {1} files: {2} taken in, {3} refused; the rest were not touched.</translation>
    </message>
    <message>
        <source>Cancelled: {0} of {1} files were taken in; the rest were not touched.</source>
        <translation>Cancelled: {0} of {1} files were taken in; the rest were not touched.</translation>
    </message>
    <message>
        <source>Files taken in: {0}; refused: {1}; set aside as kotodesk&apos;s own reports, not returns: {2} (the column What happened says why).</source>
        <translation>Files taken in: {0}; refused: {1}; set aside as kotodesk&apos;s own reports, not returns: {2} (the column What happened says why).</translation>
    </message>
    <message>
        <source>Files taken in: {0}.</source>
        <translation>Files taken in: {0}.</translation>
    </message>
    <message>
        <source>Stopped when the window closed: {0} of {1} files were taken in.</source>
        <translation>Stopped when the window closed: {0} of {1} files were taken in.</translation>
    </message>
    <message>
        <source>Drop the returns here: .xlsx and .pdf files, or whole folders. Each file is verified, then merged into the round, held apart (unknown signer, unsigned) or refused with the reason.</source>
        <translation>Drop the returns here: .xlsx and .pdf files, or whole folders. Each file is verified, then merged into the round, held apart (unknown signer, unsigned) or refused with the reason.</translation>
    </message>
    <message>
        <source>Acc&amp;ept this file</source>
        <translation>Acc&amp;ept this file</translation>
    </message>
    <message>
        <source>Count the selected held file</source>
        <translation>Count the selected held file</translation>
    </message>
    <message>
        <source>{0} files: {1} accepted, {2} superseded, {3} same return again, {4} in conflict, {5} held apart, {6} refused</source>
        <translation>{0} files: {1} accepted, {2} superseded, {3} same return again, {4} in conflict, {5} held apart, {6} refused</translation>
    </message>
    <message>
        <source>Files taken in: {0}; refused: {1} (the column What happened says why).</source>
        <translation>Files taken in: {0}; refused: {1} (the column What happened says why).</translation>
    </message>
    <message>
        <source>{0} is trusted now. Received files that count now: {1}; held apart now: {2}.</source>
        <translation>{0} is trusted now. Received files that count now: {1}; held apart now: {2}.</translation>
    </message>
    <message>
        <source>Accept this file?</source>
        <translation>Accept this file?</translation>
    </message>
    <message>
        <source>{0} is held apart: {1}.

Accept it anyway? Its entries then count for {2} like a trusted return&apos;s, marked as such in the merged report.</source>
        <translation>{0} is held apart: {1}.

Accept it anyway? Its entries then count for {2} like a trusted return&apos;s, marked as such in the merged report.</translation>
    </message>
    <message>
        <source>{0} counts now.</source>
        <translation>{0} counts now.</translation>
    </message>
    <message>
        <source>Held apart: it is not merged and replaces nothing until you trust its signer or accept this file.</source>
        <translation>Held apart: it is not merged and replaces nothing until you trust its signer or accept this file.</translation>
    </message>
</context>
<context>
    <name>IndicatorInputs</name>
    <message>
        <source>yes/no</source>
        <translation>yes/no</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>percent</translation>
    </message>
    <message>
        <source>count</source>
        <translation>count</translation>
    </message>
    <message>
        <source>number</source>
        <translation>number</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Give a percentage from 0 to 100, e.g. 12,5</source>
        <translation>Give a percentage from 0 to 100, e.g. 12,5</translation>
    </message>
    <message>
        <source>Give a whole number, e.g. 13 or 1 000</source>
        <translation>Give a whole number, e.g. 13 or 1 000</translation>
    </message>
    <message>
        <source>Give a number, e.g. 17,3</source>
        <translation>Give a number, e.g. 17,3</translation>
    </message>
    <message>
        <source>Not a valid value</source>
        <translation>Not a valid value</translation>
    </message>
</context>
<context>
    <name>IssuedModel</name>
    <message>
        <source>Serial</source>
        <translation>Serial</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>May speak for</source>
        <translation>May speak for</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Revoked {0} ({1})</source>
        <translation>Revoked {0} ({1})</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <source>Signing key and trust</source>
        <translation>Signing key and trust</translation>
    </message>
    <message>
        <source>&amp;Your key</source>
        <translation>&amp;Your key</translation>
    </message>
    <message>
        <source>&amp;Trusted signers</source>
        <translation>&amp;Trusted signers</translation>
    </message>
    <message>
        <source>&amp;Save certificate…</source>
        <translation>&amp;Save certificate…</translation>
    </message>
    <message>
        <source>Use an &amp;organisation&apos;s key (.p12/.pfx)…</source>
        <translation>Use an &amp;organisation&apos;s key (.p12/.pfx)…</translation>
    </message>
    <message>
        <source>Use a &amp;card or token…</source>
        <translation>Use a &amp;card or token…</translation>
    </message>
    <message>
        <source>Re&amp;quest a certificate…</source>
        <translation>Re&amp;quest a certificate…</translation>
    </message>
    <message>
        <source>Ask the programme&apos;s certificate authority for a certificate stating your unit</source>
        <translation>Ask the programme&apos;s certificate authority for a certificate stating your unit</translation>
    </message>
    <message>
        <source>I&amp;nstall issued certificate…</source>
        <translation>I&amp;nstall issued certificate…</translation>
    </message>
    <message>
        <source>Trusted signers</source>
        <translation>Trusted signers</translation>
    </message>
    <message>
        <source>&amp;Import certificate…</source>
        <translation>&amp;Import certificate…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Trust a certificate &amp;authority…</source>
        <translation>Trust a certificate &amp;authority…</translation>
    </message>
    <message>
        <source>Trust the programme&apos;s root certificate, or your organisation&apos;s CA chain, once: every return certified by it counts for the units its certificate states</source>
        <translation>Trust the programme&apos;s root certificate, or your organisation&apos;s CA chain, once: every return certified by it counts for the units its certificate states</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256)</source>
        <translation>Fingerprint (SHA-256)</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>on the card or token {0} (the PIN is asked when you sign)</source>
        <translation>on the card or token {0} (the PIN is asked when you sign)</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <source>Read the fingerprint to the coordinator when they ask, and send them the certificate (it holds no secret).</source>
        <translation>Read the fingerprint to the coordinator when they ask, and send them the certificate (it holds no secret).</translation>
    </message>
    <message>
        <source>Save certificate</source>
        <translation>Save certificate</translation>
    </message>
    <message>
        <source>Certificate (*.pem)</source>
        <translation>Certificate (*.pem)</translation>
    </message>
    <message>
        <source>Organisation&apos;s key file</source>
        <translation>Organisation&apos;s key file</translation>
    </message>
    <message>
        <source>Key files (*.p12 *.pfx)</source>
        <translation>Key files (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Replace your key?</source>
        <translation>Replace your key?</translation>
    </message>
    <message>
        <source>This replaces the key kotodesk made for you. Files you signed with it stay verifiable. Continue?</source>
        <translation>This replaces the key kotodesk made for you. Files you signed with it stay verifiable. Continue?</translation>
    </message>
    <message>
        <source>Passphrase of {0}:</source>
        <translation>Passphrase of {0}:</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>Your passphrase</translation>
    </message>
    <message>
        <source>A passphrase of at least 8 characters for kotodesk to lock the key with (empty: the same as the file&apos;s):</source>
        <translation>A passphrase of at least 8 characters for kotodesk to lock the key with (empty: the same as the file&apos;s):</translation>
    </message>
    <message>
        <source>Install issued certificate</source>
        <translation>Install issued certificate</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificates (*.pem *.crt *.cer);;All files (*)</translation>
    </message>
    <message>
        <source>Installed the certificate of {0}, {1}, issued by {2}; your signatures carry it from now on.</source>
        <translation>Installed the certificate of {0}, {1}, issued by {2}; your signatures carry it from now on.</translation>
    </message>
    <message>
        <source>Trust a certificate authority</source>
        <translation>Trust a certificate authority</translation>
    </message>
    <message>
        <source>Trusted certificate authority: {0}.</source>
        <translation>Trusted certificate authority: {0}.</translation>
    </message>
    <message>
        <source>Import certificate</source>
        <translation>Import certificate</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Certificates (*.pem *.crt *.cer *.der);;All files (*)</translation>
    </message>
    <message>
        <source>&amp;Edit role and units…</source>
        <translation>&amp;Edit role and units…</translation>
    </message>
    <message>
        <source>Con&amp;firm as shown</source>
        <translation>Con&amp;firm as shown</translation>
    </message>
    <message>
        <source>What the last change did</source>
        <translation>What the last change did</translation>
    </message>
    <message>
        <source>Files signed by these people are shown as valid, and a return counts only for the units its signer may speak for; round packages and merged reports only from a coordinator. Others&apos; signatures are checked too, but their files are held apart until you trust them.</source>
        <translation>Files signed by these people are shown as valid, and a return counts only for the units its signer may speak for; round packages and merged reports only from a coordinator. Others&apos; signatures are checked too, but their files are held apart until you trust them.</translation>
    </message>
    <message>
        <source>Remove trust?</source>
        <translation>Remove trust?</translation>
    </message>
    <message>
        <source>Stop trusting {0}? Their received returns are held apart from now on, and the round is merged again without them.</source>
        <translation>Stop trusting {0}? Their received returns are held apart from now on, and the round is merged again without them.</translation>
    </message>
    <message>
        <source>Count now: {0}.</source>
        <translation>Count now: {0}.</translation>
    </message>
    <message>
        <source>Held apart now: {0}.</source>
        <translation>Held apart now: {0}.</translation>
    </message>
    <message>
        <source>&amp;Make a signing key…</source>
        <translation>&amp;Make a signing key…</translation>
    </message>
    <message>
        <source>You have no signing key yet. Make one here (a coordinator needs one to sign round packages and merged reports), or use your organisation&apos;s key file; a contact person&apos;s is also made on the first export of a signed return.</source>
        <translation>You have no signing key yet. Make one here (a coordinator needs one to sign round packages and merged reports), or use your organisation&apos;s key file; a contact person&apos;s is also made on the first export of a signed return.</translation>
    </message>
</context>
<context>
    <name>Links</name>
    <message>
        <source>Open a link</source>
        <translation>Open a link</translation>
    </message>
    <message>
        <source>The text links to

{0}

Open it in the web browser? The browser connects to the internet; kotodesk itself never does.</source>
        <translation>The text links to

{0}

Open it in the web browser? The browser connects to the internet; kotodesk itself never does.</translation>
    </message>
    <message>
        <source>&amp;Open in browser</source>
        <translation>&amp;Open in browser</translation>
    </message>
    <message>
        <source>&amp;Copy address</source>
        <translation>&amp;Copy address</translation>
    </message>
</context>
<context>
    <name>MailDrafts</name>
    <message>
        <source>Save the e-mail drafts in</source>
        <translation>Save the e-mail drafts in</translation>
    </message>
    <message>
        <source>Wrote {0} e-mail drafts in {1}; your mail program opens each: check it and press Send.</source>
        <translation>Wrote {0} e-mail drafts in {1}; your mail program opens each: check it and press Send.</translation>
    </message>
    <message>
        <source>{0} drafts have no address (the register and the trusted signers know none for the unit): type it in the draft.</source>
        <translation>{0} drafts have no address (the register and the trusted signers know none for the unit): type it in the draft.</translation>
    </message>
    <message>
        <source>Addresses left out: {0}. Correct them, or type the right one in the draft.</source>
        <translation>Addresses left out: {0}. Correct them, or type the right one in the draft.</translation>
    </message>
    <message>
        <source>No mail program opened {0} of the drafts: open the .eml files from the folder, or attach the files to a new e-mail by hand.</source>
        <translation>No mail program opened {0} of the drafts: open the .eml files from the folder, or attach the files to a new e-mail by hand.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Still missing</source>
        <translation>Still missing</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Programme:</source>
        <translation>Programme:</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Save now</source>
        <translation>&amp;Save now</translation>
    </message>
    <message>
        <source>&amp;Export signed return…</source>
        <translation>&amp;Export signed return…</translation>
    </message>
    <message>
        <source>&amp;Verify files…</source>
        <translation>&amp;Verify files…</translation>
    </message>
    <message>
        <source>&amp;Take in round package…</source>
        <translation>&amp;Take in round package…</translation>
    </message>
    <message>
        <source>&amp;Import catalogue…</source>
        <translation>&amp;Import catalogue…</translation>
    </message>
    <message>
        <source>E&amp;xport catalogue…</source>
        <translation>E&amp;xport catalogue…</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Back up…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restore from backup…</translation>
    </message>
    <message>
        <source>Export &amp;all data…</source>
        <translation>Export &amp;all data…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>&amp;Next measure</source>
        <translation>&amp;Next measure</translation>
    </message>
    <message>
        <source>&amp;Previous measure</source>
        <translation>&amp;Previous measure</translation>
    </message>
    <message>
        <source>Next &amp;missing item</source>
        <translation>Next &amp;missing item</translation>
    </message>
    <message>
        <source>&amp;Coordinator</source>
        <translation>&amp;Coordinator</translation>
    </message>
    <message>
        <source>&amp;Returns, merging and outputs…</source>
        <translation>&amp;Returns, merging and outputs…</translation>
    </message>
    <message>
        <source>Programme certificate &amp;authority…</source>
        <translation>Programme certificate &amp;authority…</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <source>Signing &amp;key and trust…</source>
        <translation>Signing &amp;key and trust…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About kotodesk</source>
        <translation>&amp;About kotodesk</translation>
    </message>
    <message>
        <source>No reporting round is open for this programme: there is nothing to fill in.</source>
        <translation>No reporting round is open for this programme: there is nothing to fill in.</translation>
    </message>
    <message>
        <source>This round is closed: there is nothing to fill in.</source>
        <translation>This round is closed: there is nothing to fill in.</translation>
    </message>
    <message>
        <source>Export signed return</source>
        <translation>Export signed return</translation>
    </message>
    <message>
        <source>Choose your unit in Settings first.</source>
        <translation>Choose your unit in Settings first.</translation>
    </message>
    <message>
        <source>Verify files</source>
        <translation>Verify files</translation>
    </message>
    <message>
        <source>kotodesk files (*.xlsx *.pdf);;All files (*)</source>
        <translation>kotodesk files (*.xlsx *.pdf);;All files (*)</translation>
    </message>
    <message>
        <source>Import catalogue</source>
        <translation>Import catalogue</translation>
    </message>
    <message>
        <source>Catalogues (*.xlsx *.txt *.tsv *.json);;All files (*)</source>
        <translation>Catalogues (*.xlsx *.txt *.tsv *.json);;All files (*)</translation>
    </message>
    <message>
        <source>Export catalogue</source>
        <translation>Export catalogue</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Wrote {0}</source>
        <translation>Wrote {0}</translation>
    </message>
    <message>
        <source>Some changes could not be saved. Quit anyway?</source>
        <translation>Some changes could not be saved. Quit anyway?</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Your unit answers for no measure of this programme in this round: there is nothing to fill in. Check your unit in Settings › Preferences.</source>
        <translation>Your unit answers for no measure of this programme in this round: there is nothing to fill in. Check your unit in Settings › Preferences.</translation>
    </message>
    <message>
        <source>Nothing is missing.</source>
        <translation>Nothing is missing.</translation>
    </message>
    <message>
        <source>Take in round package</source>
        <translation>Take in round package</translation>
    </message>
</context>
<context>
    <name>MeasureEditor</name>
    <message>
        <source>Read only</source>
        <translation>Read only</translation>
    </message>
    <message>
        <source>Save state</source>
        <translation>Save state</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>His&amp;tory…</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reporting against the indicators</source>
        <translation>Reporting against the indicators</translation>
    </message>
    <message>
        <source>Reported against the indicator</source>
        <translation>Reported against the indicator</translation>
    </message>
    <message>
        <source>What has been done?</source>
        <translation>What has been done?</translation>
    </message>
    <message>
        <source>A short description or a link to one. If not realised, the reasons.</source>
        <translation>A short description or a link to one. If not realised, the reasons.</translation>
    </message>
    <message>
        <source>What has been done</source>
        <translation>What has been done</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <source>Last round&apos;s entry</source>
        <translation>Last round&apos;s entry</translation>
    </message>
    <message>
        <source>&amp;Copy to this round</source>
        <translation>C&amp;opy to this round</translation>
    </message>
    <message>
        <source>No reporting round is open for this programme: its measures can be read, not reported on.</source>
        <translation>No reporting round is open for this programme: its measures can be read, not reported on.</translation>
    </message>
    <message>
        <source>This round is closed: its entries can be read, not changed.</source>
        <translation>This round is closed: its entries can be read, not changed.</translation>
    </message>
    <message>
        <source>Shown: what the report said for the measure as a whole, not one unit&apos;s own entry.</source>
        <translation>Shown: what the report said for the measure as a whole, not one unit&apos;s own entry.</translation>
    </message>
    <message>
        <source>Shown: the entry of {0}.</source>
        <translation>Shown: the entry of {0}.</translation>
    </message>
    <message>
        <source>The report states no status for this measure.</source>
        <translation>The report states no status for this measure.</translation>
    </message>
    <message>
        <source>Your unit is not responsible for this measure; it is shown for reading.</source>
        <translation>Your unit is not responsible for this measure; it is shown for reading.</translation>
    </message>
    <message>
        <source>The programme names no responsible unit for this measure: any unit may report on it.</source>
        <translation>The programme names no responsible unit for this measure: any unit may report on it.</translation>
    </message>
    <message>
        <source>Reported together with {0}.</source>
        <translation>Reported together with {0}.</translation>
    </message>
    <message>
        <source>Last round ({0})</source>
        <translation>Last round ({0})</translation>
    </message>
    <message>
        <source>No entry in the last round.</source>
        <translation>No entry in the last round.</translation>
    </message>
    <message>
        <source>Your unit&apos;s entry</source>
        <translation>Your unit&apos;s entry</translation>
    </message>
    <message>
        <source>The report said, for the measure as a whole</source>
        <translation>The report said, for the measure as a whole</translation>
    </message>
    <message>
        <source>This text speaks for the measure as a whole, not for your unit: Copy to this round does not take it.</source>
        <translation>This text speaks for the measure as a whole, not for your unit: Copy to this round does not take it.</translation>
    </message>
    <message>
        <source>Your unit&apos;s text, not in the merged round</source>
        <translation>Your unit&apos;s text, not in the merged round</translation>
    </message>
    <message>
        <source>The coordinator&apos;s round package does not carry this text as merged (it was not sent, or not taken in): it is not last round&apos;s report, and Copy to this round does not take it.</source>
        <translation>The coordinator&apos;s round package does not carry this text as merged (it was not sent, or not taken in): it is not last round&apos;s report, and Copy to this round does not take it.</translation>
    </message>
    <message>
        <source>Not stated in the report</source>
        <translation>Not stated in the report</translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation>Not reported</translation>
    </message>
    <message>
        <source>Status: {0}</source>
        <translation>Status: {0}</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Saved at {0}</source>
        <translation>Saved at {0}</translation>
    </message>
    <message>
        <source>Everything is saved</source>
        <translation>Everything is saved</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
    <message>
        <source>That is more than an Excel cell holds ({0}): shorten the text or link to a longer one before you export.</source>
        <translation>That is more than an Excel cell holds ({0}): shorten the text or link to a longer one before you export.</translation>
    </message>
    <message>
        <source>Links:</source>
        <translation>Links:</translation>
    </message>
    <message>
        <source>(required: why has the measure not started?)</source>
        <translation>(required: why has the measure not started?)</translation>
    </message>
    <message>
        <source>(optional: why is the measure behind schedule?)</source>
        <translation>(optional: why is the measure behind schedule?)</translation>
    </message>
    <message>
        <source>Copy to this round</source>
        <translation>Copy to this round</translation>
    </message>
    <message>
        <source>“What has been done?” already has text. Replace it with last round&apos;s text? (Undo, Ctrl+Z, brings your text back.)</source>
        <translation>“What has been done?” already has text. Replace it with last round&apos;s text? (Undo, Ctrl+Z, brings your text back.)</translation>
    </message>
    <message>
        <source>Copy last round&apos;s entry</source>
        <translation>Copy last round&apos;s entry</translation>
    </message>
</context>
<context>
    <name>MeasureInfo</name>
    <message>
        <source>yes/no</source>
        <translation>yes/no</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>percent</translation>
    </message>
    <message>
        <source>count</source>
        <translation>count</translation>
    </message>
    <message>
        <source>number</source>
        <translation>number</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>Theme and goal</source>
        <translation>Theme and goal</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Monitoring</translation>
    </message>
    <message>
        <source>Responsible units</source>
        <translation>Responsible units</translation>
    </message>
    <message>
        <source>Choose a measure on the left.</source>
        <translation>Choose a measure on the left.</translation>
    </message>
    <message>
        <source>Goal {0}. {1}</source>
        <translation>Goal {0}. {1}</translation>
    </message>
    <message>
        <source>Tags: {0}</source>
        <translation>Tags: {0}</translation>
    </message>
    <message>
        <source>Highlighted project (Nosto): reported as a description, without an indicator.</source>
        <translation>Highlighted project (Nosto): reported as a description, without an indicator.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>(taking part)</source>
        <translation>(taking part)</translation>
    </message>
</context>
<context>
    <name>MeasureList</name>
    <message>
        <source>Search measures and narratives (Ctrl+F)</source>
        <translation>Search measures and narratives (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Show &amp;all measures of the programme</source>
        <translation>Show &amp;all measures of the programme</translation>
    </message>
    <message>
        <source>Show all measures</source>
        <translation>Show all measures</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>Search result</source>
        <translation>Search result</translation>
    </message>
    <message>
        <source>No measure matches “{0}”.</source>
        <translation>No measure matches “{0}”.</translation>
    </message>
    <message>
        <source>Only your unit&apos;s measures are searched; tick “Show all measures of the programme” to search them all.</source>
        <translation>Only your unit&apos;s measures are searched; tick “Show all measures of the programme” to search them all.</translation>
    </message>
</context>
<context>
    <name>MeasureStatusModel</name>
    <message>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Units&apos; statuses</source>
        <translation>Units&apos; statuses</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Default</translation>
    </message>
    <message>
        <source>Merged status</source>
        <translation>Merged status</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>{0} units</source>
        <translation>{0} units</translation>
    </message>
    <message>
        <source>{0} (set by you)</source>
        <translation>{0} (set by you)</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>follows the return layout but carries no kotodesk signature</source>
        <translation>follows the return layout but carries no kotodesk signature</translation>
    </message>
    <message>
        <source>not a kotodesk file (no kotodesk signature and not the return layout)</source>
        <translation>not a kotodesk file (no kotodesk signature and not the return layout)</translation>
    </message>
    <message>
        <source>the copies of the signature in the file differ</source>
        <translation>the copies of the signature in the file differ</translation>
    </message>
    <message>
        <source>the signed content was changed after signing</source>
        <translation>the signed content was changed after signing</translation>
    </message>
    <message>
        <source>{place}: a formula was put in after signing</source>
        <translation>{place}: a formula was put in after signing</translation>
    </message>
    <message>
        <source>sheet {sheet}, cell {cell}</source>
        <translation>sheet {sheet}, cell {cell}</translation>
    </message>
    <message>
        <source>a sheet</source>
        <translation>a sheet</translation>
    </message>
    <message>
        <source>the signed content is not a kotodesk report ({detail})</source>
        <translation>the signed content is not a kotodesk report ({detail})</translation>
    </message>
    <message>
        <source>the sheets were changed: signed {signed}, found {found}</source>
        <translation>the sheets were changed: signed {signed}, found {found}</translation>
    </message>
    <message>
        <source>sheet {sheet}, cell {cell}: shows {shown} but {signed} was signed</source>
        <translation>sheet {sheet}, cell {cell}: shows {shown} but {signed} was signed</translation>
    </message>
    <message>
        <source>sheet {sheet}, cell {cell}: {text} was added after signing</source>
        <translation>sheet {sheet}, cell {cell}: {text} was added after signing</translation>
    </message>
    <message>
        <source>values unchanged, appearance changed ({what}): the signed PDF is authoritative</source>
        <translation>values unchanged, appearance changed ({what}): the signed PDF is authoritative</translation>
    </message>
    <message>
        <source>values as signed, but the workbook shows them otherwise than kotodesk writes them ({what}): the signed PDF is authoritative</source>
        <translation>values as signed, but the workbook shows them otherwise than kotodesk writes them ({what}): the signed PDF is authoritative</translation>
    </message>
    <message>
        <source>a number format that can show other words or figures than a cell holds</source>
        <translation>a number format that can show other words or figures than a cell holds</translation>
    </message>
    <message>
        <source>conditional formatting</source>
        <translation>conditional formatting</translation>
    </message>
    <message>
        <source>hidden rows, columns or sheets</source>
        <translation>hidden rows, columns or sheets</translation>
    </message>
    <message>
        <source>text too small to read, or in the colour it stands on</source>
        <translation>text too small to read, or in the colour it stands on</translation>
    </message>
    <message>
        <source>added {part} ({what})</source>
        <translation>added {part} ({what})</translation>
    </message>
    <message>
        <source>removed {part} ({what})</source>
        <translation>removed {part} ({what})</translation>
    </message>
    <message>
        <source>changed {part} ({what})</source>
        <translation>changed {part} ({what})</translation>
    </message>
    <message>
        <source>changed {part} (the part holding the signature)</source>
        <translation>changed {part} (the part holding the signature)</translation>
    </message>
    <message>
        <source>{changes} and {count} more</source>
        <translation>{changes} and {count} more</translation>
    </message>
    <message>
        <source>saved again by {program}: {changes}</source>
        <translation>saved again by {program}: {changes}</translation>
    </message>
    <message>
        <source>styles and number formats</source>
        <translation>styles and number formats</translation>
    </message>
    <message>
        <source>the sheet list, sheet names, hidden sheets or defined names</source>
        <translation>the sheet list, sheet names, hidden sheets or defined names</translation>
    </message>
    <message>
        <source>cells, row heights and column widths, hidden rows or columns, merged cells or conditional formats</source>
        <translation>cells, row heights and column widths, hidden rows or columns, merged cells or conditional formats</translation>
    </message>
    <message>
        <source>drawings or pictures</source>
        <translation>drawings or pictures</translation>
    </message>
    <message>
        <source>comments</source>
        <translation>comments</translation>
    </message>
    <message>
        <source>external links</source>
        <translation>external links</translation>
    </message>
    <message>
        <source>embedded objects or controls</source>
        <translation>embedded objects or controls</translation>
    </message>
    <message>
        <source>charts or extra sheets</source>
        <translation>charts or extra sheets</translation>
    </message>
    <message>
        <source>links between parts: hyperlinks, pictures, comments or external links</source>
        <translation>links between parts: hyperlinks, pictures, comments or external links</translation>
    </message>
    <message>
        <source>the workbook&apos;s text table</source>
        <translation>the workbook&apos;s text table</translation>
    </message>
    <message>
        <source>document properties</source>
        <translation>document properties</translation>
    </message>
    <message>
        <source>the list of the file&apos;s parts</source>
        <translation>the list of the file&apos;s parts</translation>
    </message>
    <message>
        <source>custom XML data</source>
        <translation>custom XML data</translation>
    </message>
    <message>
        <source>the theme or print settings</source>
        <translation>the theme or print settings</translation>
    </message>
    <message>
        <source>a part kotodesk does not write</source>
        <translation>a part kotodesk does not write</translation>
    </message>
    <message>
        <source>sealed by an earlier kotodesk version, whose signature covers the values but not how the workbook looks</source>
        <translation>sealed by an earlier kotodesk version, whose signature covers the values but not how the workbook looks</translation>
    </message>
    <message>
        <source>the part holding the workbook&apos;s signature is missing (a spreadsheet program may have saved the file again)</source>
        <translation>the part holding the workbook&apos;s signature is missing (a spreadsheet program may have saved the file again)</translation>
    </message>
    <message>
        <source>the workbook&apos;s signature is damaged ({detail})</source>
        <translation>the workbook&apos;s signature is damaged ({detail})</translation>
    </message>
    <message>
        <source>the workbook&apos;s signature does not match what it signs</source>
        <translation>the workbook&apos;s signature does not match what it signs</translation>
    </message>
    <message>
        <source>the workbook&apos;s signature is by another key than the content&apos;s</source>
        <translation>the workbook&apos;s signature is by another key than the content&apos;s</translation>
    </message>
    <message>
        <source>the workbook&apos;s signature belongs to another file</source>
        <translation>the workbook&apos;s signature belongs to another file</translation>
    </message>
    <message>
        <source>signature valid, but the signer ({signer}) is not on the trust list (fingerprint {fingerprint})</source>
        <translation>signature valid, but the signer ({signer}) is not on the trust list (fingerprint {fingerprint})</translation>
    </message>
    <message>
        <source>signature valid, trusted signer ({signer})</source>
        <translation>signature valid, trusted signer ({signer})</translation>
    </message>
    <message>
        <source>certified by {authority}</source>
        <translation>certified by {authority}</translation>
    </message>
    <message>
        <source>role and units proposed from the certificate, not confirmed yet</source>
        <translation>role and units proposed from the certificate, not confirmed yet</translation>
    </message>
    <message>
        <source>signature intact, but the file cannot count: {why}</source>
        <translation>signature intact, but the file cannot count: {why}</translation>
    </message>
    <message>
        <source>the file names its signer {claimed}, but it was signed with the certificate of {name}</source>
        <translation>the file names its signer {claimed}, but it was signed with the certificate of {name}</translation>
    </message>
    <message>
        <source>the file names another certificate than the one it carries</source>
        <translation>the file names another certificate than the one it carries</translation>
    </message>
    <message>
        <source>the file names its unit {claimed}, but its unit id is {registered}&apos;s</source>
        <translation>the file names its unit {claimed}, but its unit id is {registered}&apos;s</translation>
    </message>
    <message>
        <source>{signer} may speak for {units} only, not for {unit}</source>
        <translation>{signer} may speak for {units} only, not for {unit}</translation>
    </message>
    <message>
        <source>the signer</source>
        <translation>the signer</translation>
    </message>
    <message>
        <source>this unit</source>
        <translation>this unit</translation>
    </message>
    <message>
        <source>{signer} is trusted as a unit&apos;s contact person, not as the coordinator</source>
        <translation>{signer} is trusted as a unit&apos;s contact person, not as the coordinator</translation>
    </message>
    <message>
        <source>the signing time {time} is not a date and time with a time zone</source>
        <translation>the signing time {time} is not a date and time with a time zone</translation>
    </message>
    <message>
        <source>the signing time {time} lies in the future (this computer&apos;s clock says {now}); check the signer&apos;s clock and export again</source>
        <translation>the signing time {time} lies in the future (this computer&apos;s clock says {now}); check the signer&apos;s clock and export again</translation>
    </message>
    <message>
        <source>the signing time {time} is before the round was opened ({opened}); check the signer&apos;s clock and export again</source>
        <translation>the signing time {time} is before the round was opened ({opened}); check the signer&apos;s clock and export again</translation>
    </message>
    <message>
        <source>the signing time {time} is before the round&apos;s monitoring period began ({period}; the round has no recorded opening time)</source>
        <translation>the signing time {time} is before the round&apos;s monitoring period began ({period}; the round has no recorded opening time)</translation>
    </message>
    <message>
        <source>the certificate is a certificate authority&apos;s, not a person&apos;s signing key</source>
        <translation>the certificate is a certificate authority&apos;s, not a person&apos;s signing key</translation>
    </message>
    <message>
        <source>the certificate&apos;s extensions cannot be read</source>
        <translation>the certificate&apos;s extensions cannot be read</translation>
    </message>
    <message>
        <source>the certificate is a certificate authority&apos;s (it may sign certificates)</source>
        <translation>the certificate is a certificate authority&apos;s (it may sign certificates)</translation>
    </message>
    <message>
        <source>the certificate&apos;s key usage does not allow signatures (encipherment only)</source>
        <translation>the certificate&apos;s key usage does not allow signatures (encipherment only)</translation>
    </message>
    <message>
        <source>the certificate&apos;s extended key usage is for other purposes ({purposes}), not a person&apos;s signature</source>
        <translation>the certificate&apos;s extended key usage is for other purposes ({purposes}), not a person&apos;s signature</translation>
    </message>
    <message>
        <source>columns narrower than {characters} characters, which show a part of their text</source>
        <translation>columns narrower than {characters} characters, which show a part of their text</translation>
    </message>
    <message>
        <source>{signer} may speak for no unit on the trust list, so not for {unit}</source>
        <translation>{signer} may speak for no unit on the trust list, so not for {unit}</translation>
    </message>
    <message>
        <source>the certificate&apos;s key usage cannot be read</source>
        <translation>the certificate&apos;s key usage cannot be read</translation>
    </message>
    <message>
        <source>the certificate&apos;s own signature does not hold: it was changed after it was made</source>
        <translation>the certificate&apos;s own signature does not hold: it was changed after it was made</translation>
    </message>
    <message>
        <source>the certificate was not valid yet when the file was signed (valid from {start}, signed {signed})</source>
        <translation>the certificate was not valid yet when the file was signed (valid from {start}, signed {signed})</translation>
    </message>
    <message>
        <source>the certificate had expired when the file was signed (valid until {end}, signed {signed})</source>
        <translation>the certificate had expired when the file was signed (valid until {end}, signed {signed})</translation>
    </message>
    <message>
        <source>the certificate (serial {serial}) was revoked by its issuer on {date}</source>
        <translation>the certificate (serial {serial}) was revoked by its issuer on {date}</translation>
    </message>
    <message>
        <source>the certificate (serial {serial}) was revoked by its issuer on {date}, reason: {reason}</source>
        <translation>the certificate (serial {serial}) was revoked by its issuer on {date}, reason: {reason}</translation>
    </message>
    <message>
        <source>its certificate&apos;s chain to a trust anchor does not hold ({detail})</source>
        <translation>its certificate&apos;s chain to a trust anchor does not hold ({detail})</translation>
    </message>
    <message>
        <source>not a PDF file (no %PDF header)</source>
        <translation>not a PDF file (no %PDF header)</translation>
    </message>
    <message>
        <source>the PDF is too large ({size} bytes)</source>
        <translation>the PDF is too large ({size} bytes)</translation>
    </message>
    <message>
        <source>damaged PDF, cannot be read ({detail})</source>
        <translation>damaged PDF, cannot be read ({detail})</translation>
    </message>
    <message>
        <source>the PDF&apos;s list of embedded files is nested too deeply</source>
        <translation>the PDF&apos;s list of embedded files is nested too deeply</translation>
    </message>
    <message>
        <source>the embedded signed content is implausibly large</source>
        <translation>the embedded signed content is implausibly large</translation>
    </message>
    <message>
        <source>a PDF without kotodesk&apos;s signed content (not written by kotodesk)</source>
        <translation>a PDF without kotodesk&apos;s signed content (not written by kotodesk)</translation>
    </message>
    <message>
        <source>the signature is damaged: the PDF was changed after signing</source>
        <translation>the signature is damaged: the PDF was changed after signing</translation>
    </message>
    <message>
        <source>the PDF carries no signature</source>
        <translation>the PDF carries no signature</translation>
    </message>
    <message>
        <source>signed, but not what its signed content says: {difference}. Its pages were changed, or drawn by a kotodesk version that lays them out otherwise: the .xlsx sent with it carries the same signed content</source>
        <translation>signed, but not what its signed content says: {difference}. Its pages were changed, or drawn by a kotodesk version that lays them out otherwise: the .xlsx sent with it carries the same signed content</translation>
    </message>
    <message>
        <source>the signature does not match the content: the PDF was changed after signing</source>
        <translation>the signature does not match the content: the PDF was changed after signing</translation>
    </message>
    <message>
        <source>the PDF was signed again after the first signature</source>
        <translation>the PDF was signed again after the first signature</translation>
    </message>
    <message>
        <source>a revision was added to the PDF after signing</source>
        <translation>a revision was added to the PDF after signing</translation>
    </message>
    <message>
        <source>the PDF was changed after signing (bytes outside the signature)</source>
        <translation>the PDF was changed after signing (bytes outside the signature)</translation>
    </message>
    <message>
        <source>the PDF was changed after signing (bytes appended after the signature)</source>
        <translation>the PDF was changed after signing (bytes appended after the signature)</translation>
    </message>
    <message>
        <source>the embedded signed content does not match its signature</source>
        <translation>the embedded signed content does not match its signature</translation>
    </message>
    <message>
        <source>the embedded signed content was sealed by a different key than the PDF&apos;s signature</source>
        <translation>the embedded signed content was sealed by a different key than the PDF&apos;s signature</translation>
    </message>
    <message>
        <source>kotodesk cannot render a {format} document, so its pages cannot be compared with its signed content</source>
        <translation>kotodesk cannot render a {format} document, so its pages cannot be compared with its signed content</translation>
    </message>
    <message>
        <source>the signed content cannot be rendered ({detail})</source>
        <translation>the signed content cannot be rendered ({detail})</translation>
    </message>
    <message>
        <source>its pages cannot be read ({detail})</source>
        <translation>its pages cannot be read ({detail})</translation>
    </message>
    <message>
        <source>its pages carry annotations the signed content does not have ({kinds})</source>
        <translation>its pages carry annotations the signed content does not have ({kinds})</translation>
    </message>
    <message>
        <source>its pages say {shown} where the signed content reads {signed} (word {word})</source>
        <translation>its pages say {shown} where the signed content reads {signed} (word {word})</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
    <message>
        <source>valid, signed by {signer} (trusted)</source>
        <translation>valid, signed by {signer} (trusted)</translation>
    </message>
    <message>
        <source>intact, signed by {signer}; the signer is on the trust list but the certificate is not valid now (fingerprint {fingerprint})</source>
        <translation>intact, signed by {signer}; the signer is on the trust list but the certificate is not valid now (fingerprint {fingerprint})</translation>
    </message>
    <message>
        <source>intact, signed by {signer}; the signer is not on the trust list (fingerprint {fingerprint})</source>
        <translation>intact, signed by {signer}; the signer is not on the trust list (fingerprint {fingerprint})</translation>
    </message>
    <message>
        <source>the round package cannot be taken in: {why}</source>
        <translation>the round package cannot be taken in: {why}</translation>
    </message>
    <message>
        <source>not a genuine round package: {status}, {why}</source>
        <translation>not a genuine round package: {status}, {why}</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>valid</translation>
    </message>
    <message>
        <source>unknown-signer</source>
        <translation>unknown-signer</translation>
    </message>
    <message>
        <source>not-authorised</source>
        <translation>not-authorised</translation>
    </message>
    <message>
        <source>modified</source>
        <translation>modified</translation>
    </message>
    <message>
        <source>unsigned</source>
        <translation>unsigned</translation>
    </message>
    <message>
        <source>not-kotodesk</source>
        <translation>not-kotodesk</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>unreadable</translation>
    </message>
    <message>
        <source>not a round package but a {format} file</source>
        <translation>not a round package but a {format} file</translation>
    </message>
    <message>
        <source>{reason} (only a file whose values are as signed can be taken in knowingly)</source>
        <translation>{reason} (only a file whose values are as signed can be taken in knowingly)</translation>
    </message>
    <message>
        <source>not a unit&apos;s return but a {format} file</source>
        <translation>not a unit&apos;s return but a {format} file</translation>
    </message>
    <message>
        <source>a return for another programme ({programme})</source>
        <translation>a return for another programme ({programme})</translation>
    </message>
    <message>
        <source>a return for another round ({period}; expected {expected})</source>
        <translation>a return for another round ({period}; expected {expected})</translation>
    </message>
    <message>
        <source>any round of the programme</source>
        <translation>any round of the programme</translation>
    </message>
    <message>
        <source>round {period} is closed, and a return that comes after it closed is not taken in: to take it in, open the round again (Reopen round)</source>
        <translation>round {period} is closed, and a return that comes after it closed is not taken in: to take it in, open the round again (Reopen round)</translation>
    </message>
    <message>
        <source>give the monitoring period, e.g. 1–6/2024</source>
        <translation>give the monitoring period, e.g. 1–6/2024</translation>
    </message>
    <message>
        <source>{programme} already has a round {period} ({state}): give another period, or open that round again (Reopen round)</source>
        <translation>{programme} already has a round {period} ({state}): give another period, or open that round again (Reopen round)</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>unit {unit} is not in the register</source>
        <translation>unit {unit} is not in the register</translation>
    </message>
    <message>
        <source>measures not in this round&apos;s catalogue: {measures}</source>
        <translation>measures not in this round&apos;s catalogue: {measures}</translation>
    </message>
    <message>
        <source>the same return as {file}</source>
        <translation>the same return as {file}</translation>
    </message>
    <message>
        <source>taken in knowingly: its sealed values, though its appearance changed after signing</source>
        <translation>taken in knowingly: its sealed values, though its appearance changed after signing</translation>
    </message>
    <message>
        <source>held apart, not merged: {why}; trust the signer or accept this file to count it</source>
        <translation>held apart, not merged: {why}; trust the signer or accept this file to count it</translation>
    </message>
    <message>
        <source>not merged, {unit} does not answer for: {measures}</source>
        <translation>not merged, {unit} does not answer for: {measures}</translation>
    </message>
    <message>
        <source>already received as {file} on {date}; nothing changed</source>
        <translation>already received as {file} on {date}; nothing changed</translation>
    </message>
    <message>
        <source>the signer is not on the trust list</source>
        <translation>the signer is not on the trust list</translation>
    </message>
    <message>
        <source>the return is unsigned</source>
        <translation>the return is unsigned</translation>
    </message>
    <message>
        <source>the signer may not speak for this unit (trust list changed)</source>
        <translation>the signer may not speak for this unit (trust list changed)</translation>
    </message>
    <message>
        <source>taken in knowingly: its appearance changed after signing; its sealed values count, the signed PDF shows what the signer saw</source>
        <translation>taken in knowingly: its appearance changed after signing; its sealed values count, the signed PDF shows what the signer saw</translation>
    </message>
    <message>
        <source>late: signed {signed} Helsinki time, after the deadline {deadline} (midnight in Helsinki)</source>
        <translation>late: signed {signed} Helsinki time, after the deadline {deadline} (midnight in Helsinki)</translation>
    </message>
    <message>
        <source>out of order: signed before {file}, but taken in after it</source>
        <translation>out of order: signed before {file}, but taken in after it</translation>
    </message>
    <message>
        <source>not merged, not the unit&apos;s measures: {measures}</source>
        <translation>not merged, not the unit&apos;s measures: {measures}</translation>
    </message>
    <message>
        <source>{where}: {problem}</source>
        <translation>{where}: {problem}</translation>
    </message>
    <message>
        <source>sheet {sheet}</source>
        <translation>sheet {sheet}</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>row {row}</translation>
    </message>
    <message>
        <source>is not a regular file (a folder, device, pipe or socket); only files can be read</source>
        <translation>is not a regular file (a folder, device, pipe or socket); only files can be read</translation>
    </message>
    <message>
        <source>is not a regular file; only files can be read</source>
        <translation>is not a regular file; only files can be read</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation>cannot be read ({reason})</translation>
    </message>
    <message>
        <source>not an Excel .xlsx file (it is not a zip archive)</source>
        <translation>not an Excel .xlsx file (it is not a zip archive)</translation>
    </message>
    <message>
        <source>contains macros (vbaProject.bin); kotodesk does not open macro-enabled workbooks</source>
        <translation>contains macros (vbaProject.bin); kotodesk does not open macro-enabled workbooks</translation>
    </message>
    <message>
        <source>is larger than {megabytes} MB</source>
        <translation>is larger than {megabytes} MB</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <source>damaged or truncated .xlsx ({detail})</source>
        <translation>damaged or truncated .xlsx ({detail})</translation>
    </message>
    <message>
        <source>measure {ref}, {field}: {length} characters, but an Excel cell holds at most {limit}. Shorten the text or link to a longer one.</source>
        <translation>measure {ref}, {field}: {length} characters, but an Excel cell holds at most {limit}. Shorten the text or link to a longer one.</translation>
    </message>
    <message>
        <source>“What has been done”</source>
        <translation>“What has been done”</translation>
    </message>
    <message>
        <source>“Reasons”</source>
        <translation>“Reasons”</translation>
    </message>
    <message>
        <source>the report against the indicator</source>
        <translation>the report against the indicator</translation>
    </message>
    <message>
        <source>indicator “{name}”</source>
        <translation>indicator “{name}”</translation>
    </message>
    <message>
        <source>a signing key needs the person&apos;s name</source>
        <translation>a signing key needs the person&apos;s name</translation>
    </message>
    <message>
        <source>the {label} has characters a signing certificate cannot hold: {chars}. Leave them out (emoji and other symbols cannot be part of a certificate&apos;s name).</source>
        <translation>the {label} has characters a signing certificate cannot hold: {chars}. Leave them out (emoji and other symbols cannot be part of a certificate&apos;s name).</translation>
    </message>
    <message>
        <source>the {label} mixes right-to-left letters (Arabic, Hebrew) with left-to-right ones or with digits or marks at its ends; a certificate&apos;s name is in one direction: write it in one script.</source>
        <translation>the {label} mixes right-to-left letters (Arabic, Hebrew) with left-to-right ones or with digits or marks at its ends; a certificate&apos;s name is in one direction: write it in one script.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>e-mail address</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unit</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>the certificate&apos;s name cannot be used for signing ({detail})</source>
        <translation>the certificate&apos;s name cannot be used for signing ({detail})</translation>
    </message>
    <message>
        <source>the passphrase must have at least {count} characters</source>
        <translation>the passphrase must have at least {count} characters</translation>
    </message>
    <message>
        <source>not a PKCS#12 key file ({detail})</source>
        <translation>not a PKCS#12 key file ({detail})</translation>
    </message>
    <message>
        <source>the PKCS#12 file holds no private key with its certificate</source>
        <translation>the PKCS#12 file holds no private key with its certificate</translation>
    </message>
    <message>
        <source>unsupported key type {kind}; use ECDSA or RSA</source>
        <translation>unsupported key type {kind}; use ECDSA or RSA</translation>
    </message>
    <message>
        <source>cannot read ({reason})</source>
        <translation>cannot read ({reason})</translation>
    </message>
    <message>
        <source>not an X.509 certificate (PEM or DER)</source>
        <translation>not an X.509 certificate (PEM or DER)</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>no such file</translation>
    </message>
    <message>
        <source>not a kotodesk backup: the file is not an SQLite database</source>
        <translation>not a kotodesk backup: the file is not an SQLite database</translation>
    </message>
    <message>
        <source>not a usable kotodesk backup ({detail})</source>
        <translation>not a usable kotodesk backup ({detail})</translation>
    </message>
    <message>
        <source>the database in this file is damaged ({detail})</source>
        <translation>the database in this file is damaged ({detail})</translation>
    </message>
    <message>
        <source>an SQLite database, but not a kotodesk database</source>
        <translation>an SQLite database, but not a kotodesk database</translation>
    </message>
    <message>
        <source>a kotodesk database changed by something else than kotodesk (its structure differs: {what}); not restored</source>
        <translation>a kotodesk database changed by something else than kotodesk (its structure differs: {what}); not restored</translation>
    </message>
    <message>
        <source>{path}: could not restore ({detail}); the database is unchanged</source>
        <translation>{path}: could not restore ({detail}); the database is unchanged</translation>
    </message>
    <message>
        <source>its sheets were laid out by a newer kotodesk ({maker}, layout {layout}) than this one (layout {ours}), so its cells cannot be compared with its signed content here: update kotodesk</source>
        <translation>its sheets were laid out by a newer kotodesk ({maker}, layout {layout}) than this one (layout {ours}), so its cells cannot be compared with its signed content here: update kotodesk</translation>
    </message>
    <message>
        <source>signed, but its pages do not say what its signed content says: {difference}. The file says it was drawn as this kotodesk draws, so its pages were made otherwise than from its signed content</source>
        <translation>signed, but its pages do not say what its signed content says: {difference}. The file says it was drawn as this kotodesk draws, so its pages were made otherwise than from its signed content</translation>
    </message>
    <message>
        <source>signed and intact, but its pages were drawn by a newer kotodesk ({maker}, pages {pages}) than this one (pages {ours}), so they cannot be compared with its signed content here. Update kotodesk, or go by the .xlsx sent with it, which carries the same signed content</source>
        <translation>signed and intact, but its pages were drawn by a newer kotodesk ({maker}, pages {pages}) than this one (pages {ours}), so they cannot be compared with its signed content here. Update kotodesk, or go by the .xlsx sent with it, which carries the same signed content</translation>
    </message>
    <message>
        <source>signed and intact, but its pages were drawn by an earlier kotodesk ({maker}, pages {pages}) than this one (pages {ours}), so they cannot be compared with its signed content here. Go by the .xlsx sent with it, which carries the same signed content, or ask the sender to update kotodesk</source>
        <translation>signed and intact, but its pages were drawn by an earlier kotodesk ({maker}, pages {pages}) than this one (pages {ours}), so they cannot be compared with its signed content here. Go by the .xlsx sent with it, which carries the same signed content, or ask the sender to update kotodesk</translation>
    </message>
    <message>
        <source>another version</source>
        <translation>another version</translation>
    </message>
    <message>
        <source>set aside: a merged report or meeting summary of round {period} made by kotodesk, not a unit&apos;s return; nothing of it is taken in</source>
        <translation>set aside: a merged report or meeting summary of round {period} made by kotodesk, not a unit&apos;s return; nothing of it is taken in</translation>
    </message>
    <message>
        <source>set aside: a round package of round {period} made by kotodesk, not a unit&apos;s return; nothing of it is taken in</source>
        <translation>set aside: a round package of round {period} made by kotodesk, not a unit&apos;s return; nothing of it is taken in</translation>
    </message>
    <message>
        <source>the certificate names {issuer} as its issuer, but {issuer} did not sign it (changed after it was issued, or made by someone else)</source>
        <translation>the certificate names {issuer} as its issuer, but {issuer} did not sign it (changed after it was issued, or made by someone else)</translation>
    </message>
    <message>
        <source>the certificate&apos;s key is the key of certificate {serial}, revoked on {date} as compromised: whoever took the key can sign with this certificate too</source>
        <translation>the certificate&apos;s key is the key of certificate {serial}, revoked on {date} as compromised: whoever took the key can sign with this certificate too</translation>
    </message>
    <message>
        <source>round {period} is closed: a package would open it at the units, and their returns for it would be refused. Open it again first (Reopen round), or write the open round&apos;s package; nothing was written</source>
        <translation>round {period} is closed: a package would open it at the units, and their returns for it would be refused. Open it again first (Reopen round), or write the open round&apos;s package; nothing was written</translation>
    </message>
    <message>
        <source>the period {period} has a character that is not shown (a control or direction character, {at}. character): type the period again, e.g. 1–6/2024; no round was opened</source>
        <translation>the period {period} has a character that is not shown (a control or direction character, {at}. character): type the period again, e.g. 1–6/2024; no round was opened</translation>
    </message>
    <message>
        <source>round {period} was read from a published report: it can be read, but not opened again to be changed; nothing was changed</source>
        <translation>round {period} was read from a published report: it can be read, but not opened again to be changed; nothing was changed</translation>
    </message>
    <message>
        <source>round {period} is closed, and its deadline is part of its record: open it again first (Reopen round) to change the deadline; nothing was changed</source>
        <translation>round {period} is closed, and its deadline is part of its record: open it again first (Reopen round) to change the deadline; nothing was changed</translation>
    </message>
    <message>
        <source>round {period} was not opened in this data folder (it came with kotodesk, from a report or in a round package): only the coordinator who opened a round gives its deadline; nothing was changed</source>
        <translation>round {period} was not opened in this data folder (it came with kotodesk, from a report or in a round package): only the coordinator who opened a round gives its deadline; nothing was changed</translation>
    </message>
    <message>
        <source>made on another version of the catalogue: its measure numbers name other measures in this round&apos;s catalogue ({details}). Ask the unit to take in this round&apos;s package and export its return again</source>
        <translation>made on another version of the catalogue: its measure numbers name other measures in this round&apos;s catalogue ({details}). Ask the unit to take in this round&apos;s package and export its return again</translation>
    </message>
    <message>
        <source>{ref} is {sent} in the file, {here} in the round</source>
        <translation>{ref} is {sent} in the file, {here} in the round</translation>
    </message>
    <message>
        <source>{unit}: the text typed for {ref} {measure} is now under {new}, the number that measure has in the package&apos;s catalogue</source>
        <translation>{unit}: the text typed for {ref} {measure} is now under {new}, the number that measure has in the package&apos;s catalogue</translation>
    </message>
    <message>
        <source>{unit}: the text typed for {ref} {measure} ({text}) is kept in the data folder, but not in this round: that measure is not in the package&apos;s catalogue (version {version}). Copy what you need into another measure or ask the coordinator</source>
        <translation>{unit}: the text typed for {ref} {measure} ({text}) is kept in the data folder, but not in this round: that measure is not in the package&apos;s catalogue (version {version}). Copy what you need into another measure or ask the coordinator</translation>
    </message>
    <message>
        <source>{path}: failed its check after the restore ({detail}); the previous database is in {safety}</source>
        <translation>{path}: failed its check after the restore ({detail}); the previous database is in {safety}</translation>
    </message>
    <message>
        <source>its name says it was made {made}, which is still to come: the computer&apos;s clock was ahead when it was made, or the file was named by hand</source>
        <translation>its name says it was made {made}, which is still to come: the computer&apos;s clock was ahead when it was made, or the file was named by hand</translation>
    </message>
    <message>
        <source>it holds a change dated {changed}, which is still to come: the clock was ahead when that was saved, or the file was made elsewhere</source>
        <translation>it holds a change dated {changed}, which is still to come: the clock was ahead when that was saved, or the file was made elsewhere</translation>
    </message>
    <message>
        <source>its name says it was made {made}, but the file was written {written}: copied, or named by hand</source>
        <translation>its name says it was made {made}, but the file was written {written}: copied, or named by hand</translation>
    </message>
    <message>
        <source>written by a newer kotodesk (schema {schema}); update kotodesk to restore it</source>
        <translation>written by a newer kotodesk (schema {schema}); update kotodesk to restore it</translation>
    </message>
    <message>
        <source>not an X.509 certificate file (PEM or DER)</source>
        <translation>not an X.509 certificate file (PEM or DER)</translation>
    </message>
    <message>
        <source>this certificate is not for your key (its public key differs from your certificate&apos;s): was the request made in another data folder?</source>
        <translation>this certificate is not for your key (its public key differs from your certificate&apos;s): was the request made in another data folder?</translation>
    </message>
    <message>
        <source>cannot be installed: {why}</source>
        <translation>cannot be installed: {why}</translation>
    </message>
    <message>
        <source>the chain is broken: {subject} was not issued by {issuer} ({detail})</source>
        <translation>the chain is broken: {subject} was not issued by {issuer} ({detail})</translation>
    </message>
    <message>
        <source>the certificate after yours in the file ({name}) is not a certificate authority&apos;s</source>
        <translation>the certificate after yours in the file ({name}) is not a certificate authority&apos;s</translation>
    </message>
    <message>
        <source>the certificate authority&apos;s certificate {name} is not valid today (valid from {start} to {end})</source>
        <translation>the certificate authority&apos;s certificate {name} is not valid today (valid from {start} to {end})</translation>
    </message>
    <message>
        <source>the certificate is not valid today (valid from {start} to {end})</source>
        <translation>the certificate is not valid today (valid from {start} to {end})</translation>
    </message>
    <message>
        <source>the key&apos;s certificate cannot sign kotodesk files: {why}; the key was not imported</source>
        <translation>the key&apos;s certificate cannot sign kotodesk files: {why}; the key was not imported</translation>
    </message>
    <message>
        <source>the file holds no certificate authority&apos;s certificate after yours: install the file `kotodesk ca issue` wrote, which has both</source>
        <translation>the file holds no certificate authority&apos;s certificate after yours: install the file `kotodesk ca issue` wrote, which has both</translation>
    </message>
    <message>
        <source>the request needs the person&apos;s name (--name)</source>
        <translation>the request needs the person&apos;s name (--name)</translation>
    </message>
    <message>
        <source>too large for a certificate request</source>
        <translation>too large for a certificate request</translation>
    </message>
    <message>
        <source>not a certificate request (PKCS#10, PEM or DER): {detail}</source>
        <translation>not a certificate request (PKCS#10, PEM or DER): {detail}</translation>
    </message>
    <message>
        <source>the key on the token is not the certificate authority&apos;s</source>
        <translation>the key on the token is not the certificate authority&apos;s</translation>
    </message>
    <message>
        <source>the request&apos;s signature does not hold: it was changed after it was made</source>
        <translation>the request&apos;s signature does not hold: it was changed after it was made</translation>
    </message>
    <message>
        <source>the request names no person (no common name)</source>
        <translation>the request names no person (no common name)</translation>
    </message>
    <message>
        <source>the request&apos;s name holds control or direction characters ({text}): every file it signs would show them where it names its signer; ask for a request with the name as it is written</source>
        <translation>the request&apos;s name holds control or direction characters ({text}): every file it signs would show them where it names its signer; ask for a request with the name as it is written</translation>
    </message>
    <message>
        <source>the request is for a key whose certificate {serial} was revoked on {date} as compromised: whoever holds that key would count again; the person makes a new key and a new request</source>
        <translation>the request is for a key whose certificate {serial} was revoked on {date} as compromised: whoever holds that key would count again; the person makes a new key and a new request</translation>
    </message>
    <message>
        <source>names no known programme ({name})</source>
        <translation>names no known programme ({name})</translation>
    </message>
    <message>
        <source>names no round of {programme} ({period})</source>
        <translation>names no round of {programme} ({period})</translation>
    </message>
    <message>
        <source>names no unit of the register ({name})</source>
        <translation>names no unit of the register ({name})</translation>
    </message>
    <message>
        <source>cannot tell which theme this sheet is</source>
        <translation>cannot tell which theme this sheet is</translation>
    </message>
    <message>
        <source>measure {ref} is not in the catalogue of {programme}</source>
        <translation>measure {ref} is not in the catalogue of {programme}</translation>
    </message>
    <message>
        <source>no measures found in the return&apos;s table</source>
        <translation>no measures found in the return&apos;s table</translation>
    </message>
    <message>
        <source>not a readable .xlsx workbook ({detail})</source>
        <translation>not a readable .xlsx workbook ({detail})</translation>
    </message>
    <message>
        <source>not a readable .xlsx workbook (its reader gave up on damaged data)</source>
        <translation>not a readable .xlsx workbook (its reader gave up on damaged data)</translation>
    </message>
    <message>
        <source>not a certificate authority&apos;s certificate ({people}): trust a person&apos;s certificate with `kotodesk trust add`</source>
        <translation>not a certificate authority&apos;s certificate ({people}): trust a person&apos;s certificate with `kotodesk trust add`</translation>
    </message>
    <message>
        <source>not a certificate revocation list (CRL, DER or PEM): {detail}</source>
        <translation>not a certificate revocation list (CRL, DER or PEM): {detail}</translation>
    </message>
    <message>
        <source>the revocation list of {issuer} is not signed by a trust anchor of this data folder (add the CA with `kotodesk trust add-anchor`)</source>
        <translation>the revocation list of {issuer} is not signed by a trust anchor of this data folder (add the CA with `kotodesk trust add-anchor`)</translation>
    </message>
    <message>
        <source>the revocation list of {issuer} says it was issued on {issued}, later than this computer&apos;s clock ({now}): a list from the future is not taken in (check the clock of the computer that made it, and of this one)</source>
        <translation>the revocation list of {issuer} says it was issued on {issued}, later than this computer&apos;s clock ({now}): a list from the future is not taken in (check the clock of the computer that made it, and of this one)</translation>
    </message>
    <message>
        <source>the revocation list of {issuer} is to be replaced on {due}, before it was issued ({issued}): not taken in</source>
        <translation>the revocation list of {issuer} is to be replaced on {due}, before it was issued ({issued}): not taken in</translation>
    </message>
    <message>
        <source>the revocation list of {issuer} was due to be replaced on {due}: a certificate revoked since then is not on it; ask the certificate authority for its current list</source>
        <translation>the revocation list of {issuer} was due to be replaced on {due}: a certificate revoked since then is not on it; ask the certificate authority for its current list</translation>
    </message>
    <message>
        <source>cannot be trusted: {why}</source>
        <translation>cannot be trusted: {why}</translation>
    </message>
    <message>
        <source>the package&apos;s catalogue does not match its own fingerprint</source>
        <translation>the package&apos;s catalogue does not match its own fingerprint</translation>
    </message>
    <message>
        <source>signed before the round package taken in last ({signed}, the last one {last}): the newer package stands, and this one is not taken in</source>
        <translation>signed before the round package taken in last ({signed}, the last one {last}): the newer package stands, and this one is not taken in</translation>
    </message>
    <message>
        <source>the package&apos;s round has no period; it is not taken in</source>
        <translation>the package&apos;s round has no period; it is not taken in</translation>
    </message>
    <message>
        <source>the package&apos;s round {period} is its own previous round; it is not taken in</source>
        <translation>the package&apos;s round {period} is its own previous round; it is not taken in</translation>
    </message>
    <message>
        <source>cannot be attached to the e-mail ({reason})</source>
        <translation>cannot be attached to the e-mail ({reason})</translation>
    </message>
    <message>
        <source>{address} ({source}) is not an e-mail address a mail program can send to</source>
        <translation>{address} ({source}) is not an e-mail address a mail program can send to</translation>
    </message>
    <message>
        <source>the register&apos;s address of {unit}</source>
        <translation>the register&apos;s address of {unit}</translation>
    </message>
    <message>
        <source>the address in the certificate of {name}</source>
        <translation>the address in the certificate of {name}</translation>
    </message>
    <message>
        <source>not sent: {why}</source>
        <translation>not sent: {why}</translation>
    </message>
    <message>
        <source>not sent: this is {found}, not {wanted}</source>
        <translation>not sent: this is {found}, not {wanted}</translation>
    </message>
    <message>
        <source>a unit&apos;s signed return</source>
        <translation>a unit&apos;s signed return</translation>
    </message>
    <message>
        <source>a round package</source>
        <translation>a round package</translation>
    </message>
    <message>
        <source>a merged report or a meeting summary</source>
        <translation>a merged report or a meeting summary</translation>
    </message>
    <message>
        <source>another kind of kotodesk file ({kind})</source>
        <translation>another kind of kotodesk file ({kind})</translation>
    </message>
    <message>
        <source>not sent: signed by {signer}, not with this data folder&apos;s key</source>
        <translation>not sent: signed by {signer}, not with this data folder&apos;s key</translation>
    </message>
    <message>
        <source>not sent: the return of {found}, not of {wanted}</source>
        <translation>not sent: the return of {found}, not of {wanted}</translation>
    </message>
    <message>
        <source>not sent: for round {found} of {programme}, not for round {wanted} of {expected}</source>
        <translation>not sent: for round {found} of {programme}, not for round {wanted} of {expected}</translation>
    </message>
    <message>
        <source>not sent: the .xlsx and the .pdf are not the same return (signed {first} and {second})</source>
        <translation>not sent: the .xlsx and the .pdf are not the same return (signed {first} and {second})</translation>
    </message>
    <message>
        <source>the attachments exceed {megabytes} MB, more than mail servers accept</source>
        <translation>the attachments exceed {megabytes} MB, more than mail servers accept</translation>
    </message>
    <message>
        <source>{path}: could not write the file ({reason}); nothing was written there</source>
        <translation>{path}: could not write the file ({reason}); nothing was written there</translation>
    </message>
    <message>
        <source>{path}: cannot be written ({reason}); no merged output was written</source>
        <translation>{path}: cannot be written ({reason}); no merged output was written</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>the disk quota is used up</translation>
    </message>
    <message>
        <source>the folder is on a read-only disk</source>
        <translation>the folder is on a read-only disk</translation>
    </message>
    <message>
        <source>no permission to write there</source>
        <translation>no permission to write there</translation>
    </message>
    <message>
        <source>the file is larger than this disk or account allows</source>
        <translation>the file is larger than this disk or account allows</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>the folder does not exist</translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation>a part of the path is not a folder</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>it is a folder</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>the name is too long</translation>
    </message>
    <message>
        <source>it is a file, not a folder</source>
        <translation>it is a file, not a folder</translation>
    </message>
    <message>
        <source>the path goes round in a loop of symbolic links</source>
        <translation>the path goes round in a loop of symbolic links</translation>
    </message>
    <message>
        <source>the disk reported an error while writing</source>
        <translation>the disk reported an error while writing</translation>
    </message>
    <message>
        <source>it is a link to {target}, which does not exist: a disk that is not connected, or a folder moved; connect the disk or correct the link</source>
        <translation>it is a link to {target}, which does not exist: a disk that is not connected, or a folder moved; connect the disk or correct the link</translation>
    </message>
    <message>
        <source>the database file or its folder is read-only</source>
        <translation>the database file or its folder is read-only</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>there is no such file</translation>
    </message>
    <message>
        <source>no permission to read it</source>
        <translation>no permission to read it</translation>
    </message>
    <message>
        <source>the disk could not be read</source>
        <translation>the disk could not be read</translation>
    </message>
    <message>
        <source>is a folder, not a catalogue file</source>
        <translation>is a folder, not a catalogue file</translation>
    </message>
    <message>
        <source>not valid JSON ({detail})</source>
        <translation>not valid JSON ({detail})</translation>
    </message>
    <message>
        <source>not a text file (it contains binary data)</source>
        <translation>not a text file (it contains binary data)</translation>
    </message>
    <message>
        <source>not UTF-8 text (undecodable byte at offset {offset}); save it as &apos;Unicode (UTF-8)&apos; text</source>
        <translation>not UTF-8 text (undecodable byte at offset {offset}); save it as &apos;Unicode (UTF-8)&apos; text</translation>
    </message>
    <message>
        <source>the file is larger than {megabytes} MB</source>
        <translation>the file is larger than {megabytes} MB</translation>
    </message>
    <message>
        <source>a table row before any header row (expected &apos;Tavoitteet⇥Toimenpiteet⇥Seuranta⇥Vastuutahot&apos;)</source>
        <translation>a table row before any header row (expected &apos;Tavoitteet⇥Toimenpiteet⇥Seuranta⇥Vastuutahot&apos;)</translation>
    </message>
    <message>
        <source>no theme found: expected a theme heading line followed by the header row &apos;Tavoitteet⇥Toimenpiteet⇥Seuranta⇥Vastuutahot&apos;</source>
        <translation>no theme found: expected a theme heading line followed by the header row &apos;Tavoitteet⇥Toimenpiteet⇥Seuranta⇥Vastuutahot&apos;</translation>
    </message>
    <message>
        <source>unreadable table text: {detail}</source>
        <translation>unreadable table text: {detail}</translation>
    </message>
    <message>
        <source>this line looks like the header row, but its cells are not separated by tabs (save the table as tab-separated text, or as .xlsx)</source>
        <translation>this line looks like the header row, but its cells are not separated by tabs (save the table as tab-separated text, or as .xlsx)</translation>
    </message>
    <message>
        <source>{where}: measure {number} has no text (Toimenpiteet is empty; a merged cell keeps its text in its first cell only)</source>
        <translation>{where}: measure {number} has no text (Toimenpiteet is empty; a merged cell keeps its text in its first cell only)</translation>
    </message>
    <message>
        <source>a measure row before any theme heading</source>
        <translation>a measure row before any theme heading</translation>
    </message>
    <message>
        <source>goal text without a goal number: {text}</source>
        <translation>goal text without a goal number: {text}</translation>
    </message>
    <message>
        <source>measure {number} appears twice in theme {theme} (first on row {row})</source>
        <translation>measure {number} appears twice in theme {theme} (first on row {row})</translation>
    </message>
    <message>
        <source>status {status} has no label (Selite): it would be shown by its colour alone</source>
        <translation>status {status} has no label (Selite): it would be shown by its colour alone</translation>
    </message>
    <message>
        <source>status {status}: {colour} is not a colour like #2e7d32</source>
        <translation>status {status}: {colour} is not a colour like #2e7d32</translation>
    </message>
    <message>
        <source>measure {number} of theme {theme}: its {column} text is {length} characters long, more than an Excel cell holds ({limit}), so the round package could not carry it</source>
        <translation>measure {number} of theme {theme}: its {column} text is {length} characters long, more than an Excel cell holds ({limit}), so the round package could not carry it</translation>
    </message>
    <message>
        <source>measure {number} appears twice in theme {theme} (first on sheet {sheet}, row {row})</source>
        <translation>measure {number} appears twice in theme {theme} (first on sheet {sheet}, row {row})</translation>
    </message>
    <message>
        <source>a continuation row before any measure (no measure number like &apos;1.1&apos;)</source>
        <translation>a continuation row before any measure (no measure number like &apos;1.1&apos;)</translation>
    </message>
    <message>
        <source>no measures found</source>
        <translation>no measures found</translation>
    </message>
    <message>
        <source>theme {position} has no name</source>
        <translation>theme {position} has no name</translation>
    </message>
    <message>
        <source>a measure of theme {theme} has no number</source>
        <translation>a measure of theme {theme} has no number</translation>
    </message>
    <message>
        <source>measure number {number} appears twice in theme {theme}</source>
        <translation>measure number {number} appears twice in theme {theme}</translation>
    </message>
    <message>
        <source>{file}: unchanged, {programme} is already at this content (version {version}); nothing imported.</source>
        <translation>{file}: unchanged, {programme} is already at this content (version {version}); nothing imported.</translation>
    </message>
    <message>
        <source>{file}: imported as new programme {programme} (version {version}): {themes} themes, {measures} measures.</source>
        <translation>{file}: imported as new programme {programme} (version {version}): {themes} themes, {measures} measures.</translation>
    </message>
    <message>
        <source>{file}: imported as new catalogue version {programme} (version {version}): {themes} themes, {measures} measures.</source>
        <translation>{file}: imported as new catalogue version {programme} (version {version}): {themes} themes, {measures} measures.</translation>
    </message>
    <message>
        <source>New units added to the register (check their names): {items}</source>
        <translation>New units added to the register (check their names): {items}</translation>
    </message>
    <message>
        <source>{unit} (read from the Vastuutahot of {measures}: {texts})</source>
        <translation>{unit} (read from the Vastuutahot of {measures}: {texts})</translation>
    </message>
    <message>
        <source>measure {number} comes after {before} and is a number in Excel, not text. {advice}</source>
        <translation>measure {number} comes after {before} and is a number in Excel, not text. {advice}</translation>
    </message>
    <message>
        <source>Excel may have stored {lost} as the number {number} (it drops the last zero of a number): format column {column} as text, type the measure numbers again and import the file again</source>
        <translation>Excel may have stored {lost} as the number {number} (it drops the last zero of a number): format column {column} as text, type the measure numbers again and import the file again</translation>
    </message>
    <message>
        <source>{ref}: the Vastuutahot {text} were read as {units}, with the spaces or hyphens inside a name left out; correct the text if that is not what it means</source>
        <translation>{ref}: the Vastuutahot {text} were read as {units}, with the spaces or hyphens inside a name left out; correct the text if that is not what it means</translation>
    </message>
    <message>
        <source>Measures added: {items}</source>
        <translation>Measures added: {items}</translation>
    </message>
    <message>
        <source>Measures changed: {items}</source>
        <translation>Measures changed: {items}</translation>
    </message>
    <message>
        <source>Measures no longer in the catalogue (their entries are kept): {items}</source>
        <translation>Measures no longer in the catalogue (their entries are kept): {items}</translation>
    </message>
    <message>
        <source>Warning: {warning}</source>
        <translation>Warning: {warning}</translation>
    </message>
    <message>
        <source>sheet {sheet} row {row}: a formula was read as its text, not evaluated ({text})</source>
        <translation>sheet {sheet} row {row}: a formula was read as its text, not evaluated ({text})</translation>
    </message>
    <message>
        <source>not a kotodesk catalogue (format is not {format})</source>
        <translation>not a kotodesk catalogue (format is not {format})</translation>
    </message>
    <message>
        <source>malformed catalogue: {detail}</source>
        <translation>malformed catalogue: {detail}</translation>
    </message>
    <message>
        <source>no responsible unit (Vastuutahot is empty), so no unit reports on them: {refs}</source>
        <translation>no responsible unit (Vastuutahot is empty), so no unit reports on them: {refs}</translation>
    </message>
    <message>
        <source>sheet {sheet} is hidden in the workbook; its measures were read as those of the visible sheets</source>
        <translation>sheet {sheet} is hidden in the workbook; its measures were read as those of the visible sheets</translation>
    </message>
    <message>
        <source>column {column}: {number} is not a measure number like 1.1 or 4.10 (did Excel make a date or a number of it? Format the column as text and type the number again)</source>
        <translation>column {column}: {number} is not a measure number like 1.1 or 4.10 (did Excel make a date or a number of it? Format the column as text and type the number again)</translation>
    </message>
    <message>
        <source>{number} in theme {theme} is not a measure number like 1.1 or 4.10</source>
        <translation>{number} in theme {theme} is not a measure number like 1.1 or 4.10</translation>
    </message>
    <message>
        <source>no sheet has the catalogue columns (Tavoitteet, Toimenpiteet, Seuranta, Vastuutahot) in its first rows</source>
        <translation>no sheet has the catalogue columns (Tavoitteet, Toimenpiteet, Seuranta, Vastuutahot) in its first rows</translation>
    </message>
    <message>
        <source>goal cell does not start with a goal number like &apos;1.&apos;: {text}</source>
        <translation>goal cell does not start with a goal number like &apos;1.&apos;: {text}</translation>
    </message>
    <message>
        <source>measure without a number (fill the &apos;Nro&apos; column or start the text with e.g. &apos;1.1&apos;)</source>
        <translation>measure without a number (fill the &apos;Nro&apos; column or start the text with e.g. &apos;1.1&apos;)</translation>
    </message>
    <message>
        <source>unknown kind {kind} (use &apos;nosto&apos; or leave empty)</source>
        <translation>unknown kind {kind} (use &apos;nosto&apos; or leave empty)</translation>
    </message>
    <message>
        <source>not a kotodesk round file ({format})</source>
        <translation>not a kotodesk round file ({format})</translation>
    </message>
    <message>
        <source>entry for unknown measure {ref}</source>
        <translation>entry for unknown measure {ref}</translation>
    </message>
    <message>
        <source>{ref}: {unit} is not a responsible unit of the measure</source>
        <translation>{ref}: {unit} is not a responsible unit of the measure</translation>
    </message>
    <message>
        <source>{ref}: two texts for the same unit</source>
        <translation>{ref}: two texts for the same unit</translation>
    </message>
    <message>
        <source>{ref}: two texts for the same measure as a whole</source>
        <translation>{ref}: two texts for the same measure as a whole</translation>
    </message>
    <message>
        <source>{ref}: a value for {clause}, which is not one of the measure&apos;s indicators</source>
        <translation>{ref}: a value for {clause}, which is not one of the measure&apos;s indicators</translation>
    </message>
    <message>
        <source>{ref}: status {status} is not on the programme&apos;s scale</source>
        <translation>{ref}: status {status} is not on the programme&apos;s scale</translation>
    </message>
    <message>
        <source>{ref}: a status without the report&apos;s words for it (status_basis)</source>
        <translation>{ref}: a status without the report&apos;s words for it (status_basis)</translation>
    </message>
    <message>
        <source>the export stopped before it finished (exit code {status}): export again before sending the files</source>
        <translation>the export stopped before it finished (exit code {status}): export again before sending the files</translation>
    </message>
    <message>
        <source>part {part} declares {count} texts, more than kotodesk reads ({limit}): refused unread</source>
        <translation>part {part} declares {count} texts, more than kotodesk reads ({limit}): refused unread</translation>
    </message>
    <message>
        <source>holds {count} zip entries (more than {limit})</source>
        <translation>holds {count} zip entries (more than {limit})</translation>
    </message>
    <message>
        <source>would unpack to {megabytes} MB (limit {limit} MB): refused as a possible zip bomb</source>
        <translation>would unpack to {megabytes} MB (limit {limit} MB): refused as a possible zip bomb</translation>
    </message>
    <message>
        <source>holds the part {part} twice (names differing only in case count as the same part): refused, readers would disagree on it</source>
        <translation>holds the part {part} twice (names differing only in case count as the same part): refused, readers would disagree on it</translation>
    </message>
    <message>
        <source>not an Excel .xlsx file ([Content_Types].xml is missing)</source>
        <translation>not an Excel .xlsx file ([Content_Types].xml is missing)</translation>
    </message>
    <message>
        <source>part {part} would unpack to {megabytes} MB: refused as a possible zip bomb</source>
        <translation>part {part} would unpack to {megabytes} MB: refused as a possible zip bomb</translation>
    </message>
    <message>
        <source>part {part} is compressed {ratio}:1: refused as a possible zip bomb</source>
        <translation>part {part} is compressed {ratio}:1: refused as a possible zip bomb</translation>
    </message>
    <message>
        <source>part {part} holds more than it declares: refused as a possible zip bomb</source>
        <translation>part {part} holds more than it declares: refused as a possible zip bomb</translation>
    </message>
    <message>
        <source>part {part} contains XML entity or DTD declarations: refused as unsafe</source>
        <translation>part {part} contains XML entity or DTD declarations: refused as unsafe</translation>
    </message>
    <message>
        <source>contains XML entity or DTD declarations: refused as unsafe</source>
        <translation>contains XML entity or DTD declarations: refused as unsafe</translation>
    </message>
    <message>
        <source>damaged or truncated .xlsx (part {part}: {detail})</source>
        <translation>damaged or truncated .xlsx (part {part}: {detail})</translation>
    </message>
    <message>
        <source>part {part} holds a row or cell tag written in a way kotodesk does not read: refused unread</source>
        <translation>part {part} holds a row or cell tag written in a way kotodesk does not read: refused unread</translation>
    </message>
    <message>
        <source>part {part}: a row number {value} is not valid</source>
        <translation>part {part}: a row number {value} is not valid</translation>
    </message>
    <message>
        <source>part {part}: the cell reference {value} is not valid</source>
        <translation>part {part}: the cell reference {value} is not valid</translation>
    </message>
    <message>
        <source>part {part} reaches row {row}: beyond what kotodesk reads ({rows} rows, {columns} columns); refused unread</source>
        <translation>part {part} reaches row {row}: beyond what kotodesk reads ({rows} rows, {columns} columns); refused unread</translation>
    </message>
    <message>
        <source>part {part} reaches row {row}, column {column}: beyond what kotodesk reads ({rows} rows, {columns} columns); refused unread</source>
        <translation>part {part} reaches row {row}, column {column}: beyond what kotodesk reads ({rows} rows, {columns} columns); refused unread</translation>
    </message>
    <message>
        <source>the embedded signature block is damaged ({detail})</source>
        <translation>the embedded signature block is damaged ({detail})</translation>
    </message>
    <message>
        <source>unknown sealed format {format}</source>
        <translation>unknown sealed format {format}</translation>
    </message>
    <message>
        <source>the return&apos;s content is malformed: {detail}</source>
        <translation>the return&apos;s content is malformed: {detail}</translation>
    </message>
    <message>
        <source>the file shows its unit as {shown}, another unit than {unit}, for which it would be recorded</source>
        <translation>the file shows its unit as {shown}, another unit than {unit}, for which it would be recorded</translation>
    </message>
    <message>
        <source>the file shows the status scale otherwise than the programme (other words or colours for its statuses)</source>
        <translation>the file shows the status scale otherwise than the programme (other words or colours for its statuses)</translation>
    </message>
    <message>
        <source>measure {ref}: status {status} is not on the programme&apos;s scale</source>
        <translation>measure {ref}: status {status} is not on the programme&apos;s scale</translation>
    </message>
    <message>
        <source>measure {ref}: a value of {name} that the file does not show</source>
        <translation>measure {ref}: a value of {name} that the file does not show</translation>
    </message>
    <message>
        <source>measure {ref} is in the file twice, and a person reads both</source>
        <translation>measure {ref} is in the file twice, and a person reads both</translation>
    </message>
    <message>
        <source>measure {ref} is shown as measure {number} of theme {theme}: a person reads it as another measure than the one it would be recorded for</source>
        <translation>measure {ref} is shown as measure {number} of theme {theme}: a person reads it as another measure than the one it would be recorded for</translation>
    </message>
    <message>
        <source>checking this file stopped the checking process twice (exit code {status}): refused unread; send it to the kotodesk developers</source>
        <translation>checking this file stopped the checking process twice (exit code {status}): refused unread; send it to the kotodesk developers</translation>
    </message>
    <message>
        <source>could not be checked ({detail})</source>
        <translation>could not be checked ({detail})</translation>
    </message>
    <message>
        <source>checking this file took more than {seconds} s, twice: refused unread; send it to the kotodesk developers</source>
        <translation>checking this file took more than {seconds} s, twice: refused unread; send it to the kotodesk developers</translation>
    </message>
    <message>
        <source>{path}: the database is damaged and cannot be read ({detail}). kotodesk keeps backups of it: the window offers the newest when it starts; `kotodesk backup list` shows them and `kotodesk backup restore FILE` restores one, keeping the damaged file aside</source>
        <translation>{path}: the database is damaged and cannot be read ({detail}). kotodesk keeps backups of it: the window offers the newest when it starts; `kotodesk backup list` shows them and `kotodesk backup restore FILE` restores one, keeping the damaged file aside</translation>
    </message>
    <message>
        <source>{path}: not a usable kotodesk database ({detail})</source>
        <translation>{path}: not a usable kotodesk database ({detail})</translation>
    </message>
    <message>
        <source>{path}: the database cannot use write-ahead logging here ({mode}); use a data folder on a local disk (--home DIR or KOTODESK_HOME)</source>
        <translation>{path}: the database cannot use write-ahead logging here ({mode}); use a data folder on a local disk (--home DIR or KOTODESK_HOME)</translation>
    </message>
    <message>
        <source>{path}: kotodesk cannot write the data folder ({problem}). Nothing was changed; {advice} (--home DIR or KOTODESK_HOME).</source>
        <translation>{path}: kotodesk cannot write the data folder ({problem}). Nothing was changed; {advice} (--home DIR or KOTODESK_HOME).</translation>
    </message>
    <message>
        <source>free some space or use another folder</source>
        <translation>free some space or use another folder</translation>
    </message>
    <message>
        <source>use a folder with a shorter path</source>
        <translation>use a folder with a shorter path</translation>
    </message>
    <message>
        <source>use a folder you can write to</source>
        <translation>use a folder you can write to</translation>
    </message>
    <message>
        <source>{path}: kotodesk cannot write the database ({problem}). Nothing was changed; {advice} (--home DIR or KOTODESK_HOME).</source>
        <translation>{path}: kotodesk cannot write the database ({problem}). Nothing was changed; {advice} (--home DIR or KOTODESK_HOME).</translation>
    </message>
    <message>
        <source>kotodesk cannot tell where to keep its data: this user has no home folder ({detail}). Give a data folder with --home DIR or KOTODESK_HOME.</source>
        <translation>kotodesk cannot tell where to keep its data: this user has no home folder ({detail}). Give a data folder with --home DIR or KOTODESK_HOME.</translation>
    </message>
    <message>
        <source>{path}: written by a newer kotodesk (schema {schema}); update kotodesk to open it</source>
        <translation>{path}: written by a newer kotodesk (schema {schema}); update kotodesk to open it</translation>
    </message>
    <message>
        <source>{path}: {problem}; this change was not saved. Put the data folder back as it was, or close kotodesk and start it again (--home DIR or KOTODESK_HOME).</source>
        <translation>{path}: {problem}; this change was not saved. Put the data folder back as it was, or close kotodesk and start it again (--home DIR or KOTODESK_HOME).</translation>
    </message>
    <message>
        <source>the database file was moved, removed or replaced by another program while kotodesk had it open</source>
        <translation>the database file was moved, removed or replaced by another program while kotodesk had it open</translation>
    </message>
    <message>
        <source>{path}: another kotodesk is writing to this database; waited {seconds} s. Try again when it has finished.</source>
        <translation>{path}: another kotodesk is writing to this database; waited {seconds} s. Try again when it has finished.</translation>
    </message>
</context>
<context>
    <name>NewKeyDialog</name>
    <message>
        <source>Make a signing key</source>
        <translation>Make a signing key</translation>
    </message>
    <message>
        <source>kotodesk makes your signing key and keeps it on this computer, locked with a passphrase of at least 8 characters. You need the passphrase every time you sign; nobody can recover it.</source>
        <translation>kotodesk makes your signing key and keeps it on this computer, locked with a passphrase of at least 8 characters. You need the passphrase every time you sign; nobody can recover it.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>Your e-mail</source>
        <translation>Your e-mail</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Passphrase again</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Your &amp;name:</translation>
    </message>
    <message>
        <source>Your &amp;e-mail:</source>
        <translation>Your &amp;e-mail:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Passphrase &amp;again:</source>
        <translation>Passphrase &amp;again:</translation>
    </message>
    <message>
        <source>&amp;Make key</source>
        <translation>&amp;Make key</translation>
    </message>
    <message>
        <source>Your name is needed for the signature.</source>
        <translation>Your name is needed for the signature.</translation>
    </message>
    <message>
        <source>The passphrase must have at least 8 characters.</source>
        <translation>The passphrase must have at least 8 characters.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
</context>
<context>
    <name>OutputsTab</name>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Signer:</source>
        <translation>Signer:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Merged report and meeting summary</source>
        <translation>Merged report and meeting summary</translation>
    </message>
    <message>
        <source>Folder for the files</source>
        <translation>Folder for the files</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation>Choose the folder</translation>
    </message>
    <message>
        <source>Save in &amp;folder:</source>
        <translation>Save in &amp;folder:</translation>
    </message>
    <message>
        <source>Merged report (.&amp;xlsx): every measure with each unit&apos;s contribution</source>
        <translation>Merged report (.&amp;xlsx): every measure with each unit&apos;s contribution</translation>
    </message>
    <message>
        <source>Meeting summary (.p&amp;df): legend, charts per theme, who has not returned, each measure</source>
        <translation>Meeting summary (.p&amp;df): legend, charts per theme, who has not returned, each measure</translation>
    </message>
    <message>
        <source>This version of kotodesk cannot write the meeting summary yet.</source>
        <translation>This version of kotodesk cannot write the meeting summary yet.</translation>
    </message>
    <message>
        <source>&amp;Write and sign</source>
        <translation>&amp;Write and sign</translation>
    </message>
    <message>
        <source>Round package for the units</source>
        <translation>Round package for the units</translation>
    </message>
    <message>
        <source>Write round pac&amp;kage</source>
        <translation>Write round pac&amp;kage</translation>
    </message>
    <message>
        <source>The round&apos;s deadline</source>
        <translation>The round&apos;s deadline</translation>
    </message>
    <message>
        <source>E-m&amp;ail it to the units…</source>
        <translation>E-m&amp;ail it to the units…</translation>
    </message>
    <message>
        <source>Write an e-mail draft to each unit with the round package attached</source>
        <translation>Write an e-mail draft to each unit with the round package attached</translation>
    </message>
    <message>
        <source>Open a new round</source>
        <translation>Open a new round</translation>
    </message>
    <message>
        <source>Monitoring period</source>
        <translation>Monitoring period</translation>
    </message>
    <message>
        <source>e.g. 1–12/2024</source>
        <translation>e.g. 1–12/2024</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Next period</source>
        <translation>Next period</translation>
    </message>
    <message>
        <source>Close the ro&amp;und that is open now</source>
        <translation>Close the ro&amp;und that is open now</translation>
    </message>
    <message>
        <source>Ope&amp;n round</source>
        <translation>Ope&amp;n round</translation>
    </message>
    <message>
        <source>Monitoring p&amp;eriod:</source>
        <translation>Monitoring p&amp;eriod:</translation>
    </message>
    <message>
        <source>Dead&amp;line:</source>
        <translation>Dead&amp;line:</translation>
    </message>
    <message>
        <source>Nex&amp;t period:</source>
        <translation>Nex&amp;t period:</translation>
    </message>
    <message>
        <source>Writing progress</source>
        <translation>Writing progress</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>fingerprint {0}…</source>
        <translation>fingerprint {0}…</translation>
    </message>
    <message>
        <source>The package for round {0} carries the catalogue, the round (it has no deadline), the previous round&apos;s merged entries and your review comments. Send it to every unit.</source>
        <translation>The package for round {0} carries the catalogue, the round (it has no deadline), the previous round&apos;s merged entries and your review comments. Send it to every unit.</translation>
    </message>
    <message>
        <source>Conflicts still open: {0}. The contributions concerned are marked unresolved in the files.</source>
        <translation>Conflicts still open: {0}. The contributions concerned are marked unresolved in the files.</translation>
    </message>
    <message>
        <source>This programme has no round yet.</source>
        <translation>This programme has no round yet.</translation>
    </message>
    <message>
        <source>Change deadline</source>
        <translation>Change deadline</translation>
    </message>
    <message>
        <source>Round&apos;s deadline:</source>
        <translation>Round&apos;s deadline:</translation>
    </message>
    <message>
        <source>The package for round {0} carries the catalogue, the round and its deadline, the previous round&apos;s merged entries and your review comments. Send it to every unit.</source>
        <translation>The package for round {0} carries the catalogue, the round and its deadline, the previous round&apos;s merged entries and your review comments. Send it to every unit.</translation>
    </message>
    <message>
        <source>Save in folder</source>
        <translation>Save in folder</translation>
    </message>
    <message>
        <source>Enter your passphrase.</source>
        <translation>Enter your passphrase.</translation>
    </message>
    <message>
        <source>Choose a folder.</source>
        <translation>Choose a folder.</translation>
    </message>
    <message>
        <source>Choose the report, the summary or both.</source>
        <translation>Choose the report, the summary or both.</translation>
    </message>
    <message>
        <source>Signing and writing the merged files…</source>
        <translation>Signing and writing the merged files…</translation>
    </message>
    <message>
        <source>Signing and writing the round package…</source>
        <translation>Signing and writing the round package…</translation>
    </message>
    <message>
        <source>Wrote:</source>
        <translation>Wrote:</translation>
    </message>
    <message>
        <source>Wrong passphrase. Try again.</source>
        <translation>Wrong passphrase. Try again.</translation>
    </message>
    <message>
        <source>Round {0} is open. Write its round package and send it to the units.</source>
        <translation>Round {0} is open. Write its round package and send it to the units.</translation>
    </message>
    <message>
        <source>Round {0}: the deadline is now {1} (it was {2}). Returns and the summary are judged by it from now on. Write the round package again and send it, so that the units see it.</source>
        <translation>Round {0}: the deadline is now {1} (it was {2}). Returns and the summary are judged by it from now on. Write the round package again and send it, so that the units see it.</translation>
    </message>
    <message>
        <source>Opening round {0} closes round {1}: its {2} entries from {3} units can then be read but no longer changed, and they become the new round&apos;s &quot;last round&quot;.</source>
        <translation>Opening round {0} closes round {1}: its {2} entries from {3} units can then be read but no longer changed, and they become the new round&apos;s &quot;last round&quot;.</translation>
    </message>
    <message>
        <source>A closed round can be opened again with &quot;Reopen round&quot; in this window&apos;s toolbar.</source>
        <translation>A closed round can be opened again with &quot;Reopen round&quot; in this window&apos;s toolbar.</translation>
    </message>
    <message>
        <source>Open {0} and close {1}</source>
        <translation>Open {0} and close {1}</translation>
    </message>
    <message>
        <source>You have no signing key yet. Make one in Settings › Signing key and trust… › Make a signing key, or with `kotodesk key new`.</source>
        <translation>You have no signing key yet. Make one in Settings › Signing key and trust… › Make a signing key, or with `kotodesk key new`.</translation>
    </message>
</context>
<context>
    <name>PackageImport</name>
    <message>
        <source>Take in round package</source>
        <translation>Take in round package</translation>
    </message>
    <message>
        <source>Round packages (*.xlsx);;All files (*)</source>
        <translation>Round packages (*.xlsx);;All files (*)</translation>
    </message>
    <message>
        <source>Round {0} of {1} taken in (deadline {2}).</source>
        <translation>Round {0} of {1} taken in (deadline {2}).</translation>
    </message>
    <message>
        <source>Last round ({0}): {1} entries, shown beside each measure.</source>
        <translation>Last round ({0}): {1} entries, shown beside each measure.</translation>
    </message>
    <message>
        <source>The certificate the programme issued for your key came with it and is installed: your signatures carry it from now on.</source>
        <translation>The certificate the programme issued for your key came with it and is installed: your signatures carry it from now on.</translation>
    </message>
    <message>
        <source>Trust this signer?</source>
        <translation>Trust this signer?</translation>
    </message>
    <message>
        <source>Trust {0} as your coordinator?</source>
        <translation>Trust {0} as your coordinator?</translation>
    </message>
    <message>
        <source>the signer</source>
        <translation>the signer</translation>
    </message>
    <message>
        <source>E-mail: {0}</source>
        <translation>E-mail: {0}</translation>
    </message>
    <message>
        <source>Compare this fingerprint with the one the coordinator reads to you from their kotodesk (Settings › Signing key and trust):</source>
        <translation>Compare this fingerprint with the one the coordinator reads to you from their kotodesk (Settings › Signing key and trust):</translation>
    </message>
    <message>
        <source>&amp;Trust</source>
        <translation>&amp;Trust</translation>
    </message>
    <message>
        <source>&amp;Do not trust</source>
        <translation>&amp;Do not trust</translation>
    </message>
</context>
<context>
    <name>ProblemModel</name>
    <message>
        <source>no value for “{0}”</source>
        <translation>no value for “{0}”</translation>
    </message>
    <message>
        <source>no status</source>
        <translation>no status</translation>
    </message>
    <message>
        <source>no description of what has been done</source>
        <translation>no description of what has been done</translation>
    </message>
    <message>
        <source>reasons are required for this status</source>
        <translation>reasons are required for this status</translation>
    </message>
    <message>
        <source>{0}: theme {1}, measure {2}. Enter or F8 goes there.</source>
        <translation>{0}: theme {1}, measure {2}. Enter or F8 goes there.</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <source>Request a certificate from the programme</source>
        <translation>Request a certificate from the programme</translation>
    </message>
    <message>
        <source>The coordinator&apos;s certificate authority issues you a certificate that states the unit you report for. Then anyone who trusts the programme&apos;s certificate, in kotodesk or in a PDF reader, sees your returns as coming from your unit. Write the request, send the file to the coordinator, and read them your key&apos;s fingerprint when they call.</source>
        <translation>The coordinator&apos;s certificate authority issues you a certificate that states the unit you report for. Then anyone who trusts the programme&apos;s certificate, in kotodesk or in a PDF reader, sees your returns as coming from your unit. Write the request, send the file to the coordinator, and read them your key&apos;s fingerprint when they call.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>Your e-mail</source>
        <translation>Your e-mail</translation>
    </message>
    <message>
        <source>Your unit</source>
        <translation>Your unit</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Request file</source>
        <translation>Request file</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Your &amp;name:</translation>
    </message>
    <message>
        <source>Your &amp;e-mail:</source>
        <translation>Your &amp;e-mail:</translation>
    </message>
    <message>
        <source>Your &amp;unit:</source>
        <translation>Your &amp;unit:</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Save &amp;as:</source>
        <translation>Save &amp;as:</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>&amp;Write request</source>
        <translation>&amp;Write request</translation>
    </message>
    <message>
        <source>Save the request</source>
        <translation>Save the request</translation>
    </message>
    <message>
        <source>Certificate requests (*.csr)</source>
        <translation>Certificate requests (*.csr)</translation>
    </message>
    <message>
        <source>Your name is needed for the certificate.</source>
        <translation>Your name is needed for the certificate.</translation>
    </message>
    <message>
        <source>Enter your PIN.</source>
        <translation>Enter your PIN.</translation>
    </message>
    <message>
        <source>Enter your passphrase.</source>
        <translation>Enter your passphrase.</translation>
    </message>
    <message>
        <source>Wrong passphrase. Try again.</source>
        <translation>Wrong passphrase. Try again.</translation>
    </message>
    <message>
        <source>Wrote {0}. Send it to the coordinator. Your key&apos;s fingerprint, to read to them: {1}</source>
        <translation>Wrote {0}. Send it to the coordinator. Your key&apos;s fingerprint, to read to them: {1}</translation>
    </message>
</context>
<context>
    <name>RequestModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Unit asked for</source>
        <translation>Unit asked for</translation>
    </message>
    <message>
        <source>Key fingerprint (SHA-256)</source>
        <translation>Key fingerprint (SHA-256)</translation>
    </message>
    <message>
        <source>Request intact</source>
        <translation>Request intact</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>NO: changed after it was made</source>
        <translation>NO: changed after it was made</translation>
    </message>
    <message>
        <source>Issued, serial {0}</source>
        <translation>Issued, serial {0}</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Last change:</source>
        <translation>Last change:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Contents:</source>
        <translation>Contents:</translation>
    </message>
    <message>
        <source>{0} programmes, {1} rounds, {2} entries, {3} saved changes</source>
        <translation>{0} programmes, {1} rounds, {2} entries, {3} saved changes</translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation>Schema version:</translation>
    </message>
    <message>
        <source>Rounds in the backup</source>
        <translation>Rounds in the backup</translation>
    </message>
    <message>
        <source>Restoring replaces the damaged database with the contents of the backup. The damaged file is not deleted: it is kept aside in {0} as kotodesk-damaged-….sqlite3.</source>
        <translation>Restoring replaces the damaged database with the contents of the backup. The damaged file is not deleted: it is kept aside in {0} as kotodesk-damaged-….sqlite3.</translation>
    </message>
    <message>
        <source>Restoring replaces all data in this kotodesk with the contents of the backup. The current data is first saved to {0}, so this can be undone by restoring that file.</source>
        <translation>Restoring replaces all data in this kotodesk with the contents of the backup. The current data is first saved to {0}, so this can be undone by restoring that file.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
</context>
<context>
    <name>ReviewTab</name>
    <message>
        <source>Units to review</source>
        <translation>Units to review</translation>
    </message>
    <message>
        <source>Accept a unit&apos;s return, or send it back with a comment. The unit sees your comment when it takes in the next round package.</source>
        <translation>Accept a unit&apos;s return, or send it back with a comment. The unit sees your comment when it takes in the next round package.</translation>
    </message>
    <message>
        <source>Comment to the unit</source>
        <translation>Comment to the unit</translation>
    </message>
    <message>
        <source>Comment to the unit (needed when you send the return back)</source>
        <translation>Comment to the unit (needed when you send the return back)</translation>
    </message>
    <message>
        <source>Comme&amp;nt:</source>
        <translation>Comme&amp;nt:</translation>
    </message>
    <message>
        <source>&amp;Accept return</source>
        <translation>&amp;Accept return</translation>
    </message>
    <message>
        <source>Accept the unit&apos;s return</source>
        <translation>Accept the unit&apos;s return</translation>
    </message>
    <message>
        <source>Send &amp;back with comment</source>
        <translation>Send &amp;back with comment</translation>
    </message>
    <message>
        <source>Send the return back with the comment</source>
        <translation>Send the return back with the comment</translation>
    </message>
    <message>
        <source>Say why in the comment: the unit reads it.</source>
        <translation>Say why in the comment: the unit reads it.</translation>
    </message>
    <message>
        <source>{0}: accepted.</source>
        <translation>{0}: accepted.</translation>
    </message>
    <message>
        <source>{0}: sent back with your comment.</source>
        <translation>{0}: sent back with your comment.</translation>
    </message>
</context>
<context>
    <name>RoundHeader</name>
    <message>
        <source>Round</source>
        <translation>Round</translation>
    </message>
    <message>
        <source>no reporting round</source>
        <translation>no reporting round</translation>
    </message>
    <message>
        <source>Monitoring period {0}</source>
        <translation>Monitoring period {0}</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>Unit: {0}</source>
        <translation>Unit: {0}</translation>
    </message>
    <message>
        <source>The coordinator sent your last return back: {0}</source>
        <translation>The coordinator sent your last return back: {0}</translation>
    </message>
    <message>
        <source>The coordinator&apos;s comment on your last return: {0}</source>
        <translation>The coordinator&apos;s comment on your last return: {0}</translation>
    </message>
    <message numerus="yes">
        <source>deadline {0}, %n day(s) left</source>
        <translation>
            <numerusform>deadline {0}, %n day left</numerusform>
            <numerusform>deadline {0}, %n days left</numerusform>
        </translation>
    </message>
    <message>
        <source>deadline {0}, today</source>
        <translation>deadline {0}, today</translation>
    </message>
    <message numerus="yes">
        <source>deadline {0}, passed %n day(s) ago</source>
        <translation>
            <numerusform>deadline {0}, passed %n day ago</numerusform>
            <numerusform>deadline {0}, passed %n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoundsModel</name>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Round</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entries</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Welcome to kotodesk</source>
        <translation>Welcome to kotodesk</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Contact person of a unit: I fill in my unit&apos;s return</source>
        <translation>Contact person of a unit: I fill in my unit&apos;s return</translation>
    </message>
    <message>
        <source>Coordinator: I open rounds and merge the returns</source>
        <translation>Coordinator: I open rounds and merge the returns</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Type to search, e.g. Kasko, Kuva, Sotepe</source>
        <translation>Type to search, e.g. Kasko, Kuva, Sotepe</translation>
    </message>
    <message>
        <source>Your unit</source>
        <translation>Your unit</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>Your e-mail</source>
        <translation>Your e-mail</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>Your &amp;unit:</source>
        <translation>Your &amp;unit:</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Your &amp;name:</translation>
    </message>
    <message>
        <source>Your &amp;e-mail:</source>
        <translation>Your &amp;e-mail:</translation>
    </message>
    <message>
        <source>kotodesk keeps your unit&apos;s status reports on this computer and works without a network. Choose your role and your unit: you will see the measures your unit is responsible for. A coordinator also opens rounds and merges the units&apos; returns. You can change these later in Settings.</source>
        <translation>kotodesk keeps your unit&apos;s status reports on this computer and works without a network. Choose your role and your unit: you will see the measures your unit is responsible for. A coordinator also opens rounds and merges the units&apos; returns. You can change these later in Settings.</translation>
    </message>
    <message>
        <source>Reporting as: {0}</source>
        <translation>Reporting as: {0}</translation>
    </message>
    <message>
        <source>Choose a unit from the list.</source>
        <translation>Choose a unit from the list.</translation>
    </message>
</context>
<context>
    <name>SettledConflicts</name>
    <message>
        <source>Settle all for the ne&amp;west return</source>
        <translation>Settle all for the ne&amp;west return</translation>
    </message>
    <message>
        <source>Each open conflict is settled for the return signed or saved last, as `kotodesk merge --prefer newest` does. A choice can be reopened below.</source>
        <translation>Each open conflict is settled for the return signed or saved last, as `kotodesk merge --prefer newest` does. A choice can be reopened below.</translation>
    </message>
    <message>
        <source>Settled conflicts</source>
        <translation>Settled conflicts</translation>
    </message>
    <message>
        <source>R&amp;eopen</source>
        <translation>R&amp;eopen</translation>
    </message>
    <message>
        <source>Reopen the settled conflict</source>
        <translation>Reopen the settled conflict</translation>
    </message>
    <message>
        <source>Settled conflicts: {0}</source>
        <translation>Settled conflicts: {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) settled for the newest return.</source>
        <translation>
            <numerusform>%n conflict settled for the newest return.</numerusform>
            <numerusform>%n conflicts settled for the newest return.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reopen the conflict?</source>
        <translation>Reopen the conflict?</translation>
    </message>
    <message>
        <source>{0}: forget the choice of {1} and settle the conflict again?</source>
        <translation>{0}: forget the choice of {1} and settle the conflict again?</translation>
    </message>
    <message>
        <source>{0} is open again: choose on the left.</source>
        <translation>{0} is open again: choose on the left.</translation>
    </message>
</context>
<context>
    <name>SettledModel</name>
    <message>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Chosen return</source>
        <translation>Chosen return</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Next / previous field, in screen order</source>
        <translation>Next / previous field, in screen order</translation>
    </message>
    <message>
        <source>Choose a status (in the measure list or on the status)</source>
        <translation>Choose a status (in the measure list or on the status)</translation>
    </message>
    <message>
        <source>Move between statuses; between measures in the list</source>
        <translation>Move between statuses; between measures in the list</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>Choose the focused status</source>
        <translation>Choose the focused status</translation>
    </message>
    <message>
        <source>Enter or ↓ in Search</source>
        <translation>Enter or ↓ in Search</translation>
    </message>
    <message>
        <source>Go to the first measure found</source>
        <translation>Go to the first measure found</translation>
    </message>
    <message>
        <source>Enter in Still missing</source>
        <translation>Enter in Still missing</translation>
    </message>
    <message>
        <source>Go to the missing item</source>
        <translation>Go to the missing item</translation>
    </message>
    <message>
        <source>Alt+underlined letter</source>
        <translation>Alt+underlined letter</translation>
    </message>
    <message>
        <source>Menus and buttons, e.g. Alt+H for History</source>
        <translation>Menus and buttons, e.g. Alt+H for History</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>What it does</translation>
    </message>
</context>
<context>
    <name>SignerDialog</name>
    <message>
        <source>Trust this signer?</source>
        <translation>Trust this signer?</translation>
    </message>
    <message>
        <source>Certificate: unit {0}, organisation {1}, valid {2} – {3}</source>
        <translation>Certificate: unit {0}, organisation {1}, valid {2} – {3}</translation>
    </message>
    <message>
        <source>Compare this fingerprint with the one the signer reads to you from their kotodesk (Settings › Signing key and trust):</source>
        <translation>Compare this fingerprint with the one the signer reads to you from their kotodesk (Settings › Signing key and trust):</translation>
    </message>
    <message>
        <source>The role and units below are proposed from the certificate: check them.</source>
        <translation>The role and units below are proposed from the certificate: check them.</translation>
    </message>
    <message>
        <source>Unit contact person: returns for the units below</source>
        <translation>Unit contact person: returns for the units below</translation>
    </message>
    <message>
        <source>Coordinator: round packages and merged reports, and returns for the units below</source>
        <translation>Coordinator: round packages and merged reports, and returns for the units below</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Type to find a unit, e.g. Kasko</source>
        <translation>Type to find a unit, e.g. Kasko</translation>
    </message>
    <message>
        <source>Find a unit</source>
        <translation>Find a unit</translation>
    </message>
    <message>
        <source>Units the signer may speak for</source>
        <translation>Units the signer may speak for</translation>
    </message>
    <message>
        <source>A division includes its units. The signer&apos;s returns count only for these units, and only for the measures they answer for.</source>
        <translation>A division includes its units. The signer&apos;s returns count only for these units, and only for the measures they answer for.</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>&amp;Units:</source>
        <translation>&amp;Units:</translation>
    </message>
    <message>
        <source>&amp;Trust</source>
        <translation>&amp;Trust</translation>
    </message>
    <message>
        <source>May speak for: {0}</source>
        <translation>May speak for: {0}</translation>
    </message>
    <message>
        <source>May speak for no unit.</source>
        <translation>May speak for no unit.</translation>
    </message>
</context>
<context>
    <name>SignerModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <source>your own key</source>
        <translation>your own key</translation>
    </message>
    <message>
        <source>certificate imported</source>
        <translation>certificate imported</translation>
    </message>
    <message>
        <source>accepted after comparing</source>
        <translation>accepted after comparing</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>May speak for</source>
        <translation>May speak for</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>no unit</source>
        <translation>no unit</translation>
    </message>
    <message>
        <source>{0} (proposed from the certificate)</source>
        <translation>{0} (proposed from the certificate)</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <source>Unit contact person</source>
        <translation>Unit contact person</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No: check and confirm</source>
        <translation>No: check and confirm</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>not reported</source>
        <translation>not reported</translation>
    </message>
    <message>
        <source>no status given</source>
        <translation>no status given</translation>
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
        <translation>{0} (key {1})</translation>
    </message>
</context>
<context>
    <name>StatusesTab</name>
    <message>
        <source>When the units answering for a measure disagree, the merged status defaults to the least advanced one. You can set it yourself, with a note for the meeting.</source>
        <translation>When the units answering for a measure disagree, the merged status defaults to the least advanced one. You can set it yourself, with a note for the meeting.</translation>
    </message>
    <message>
        <source>Show every measure with a contri&amp;bution</source>
        <translation>Show every measure with a contri&amp;bution</translation>
    </message>
    <message>
        <source>Show every measure with a contribution</source>
        <translation>Show every measure with a contribution</translation>
    </message>
    <message>
        <source>Merged statuses</source>
        <translation>Merged statuses</translation>
    </message>
    <message>
        <source>Merged status</source>
        <translation>Merged status</translation>
    </message>
    <message>
        <source>Note for the meeting</source>
        <translation>Note for the meeting</translation>
    </message>
    <message>
        <source>Why this status, e.g. what the units said</source>
        <translation>Why this status, e.g. what the units said</translation>
    </message>
    <message>
        <source>S&amp;et merged status</source>
        <translation>S&amp;et merged status</translation>
    </message>
    <message>
        <source>Return to the &amp;default</source>
        <translation>Return to the &amp;default</translation>
    </message>
    <message>
        <source>Merged s&amp;tatus:</source>
        <translation>Merged s&amp;tatus:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>No measure needs your decision: where several units answered, they agree.</source>
        <translation>No measure needs your decision: where several units answered, they agree.</translation>
    </message>
    <message>
        <source>{0}: merged status set.</source>
        <translation>{0}: merged status set.</translation>
    </message>
    <message>
        <source>{0}: back to the default.</source>
        <translation>{0}: back to the default.</translation>
    </message>
</context>
<context>
    <name>ThemeProgressModel</name>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Complete</translation>
    </message>
    <message>
        <source>{0} of {1} measures</source>
        <translation>{0} of {1} measures</translation>
    </message>
</context>
<context>
    <name>TokenDialog</name>
    <message>
        <source>Sign with a card or token</source>
        <translation>Sign with a card or token</translation>
    </message>
    <message>
        <source>Your signing key can stay on your organisation&apos;s smart card or a USB token. kotodesk reaches it through the card software&apos;s PKCS#11 module. The PIN is asked each time you sign, and never stored.</source>
        <translation>Your signing key can stay on your organisation&apos;s smart card or a USB token. kotodesk reaches it through the card software&apos;s PKCS#11 module. The PIN is asked each time you sign, and never stored.</translation>
    </message>
    <message>
        <source>PKCS#11 module</source>
        <translation>PKCS#11 module</translation>
    </message>
    <message>
        <source>OpenSC is not installed: choose the card software&apos;s module</source>
        <translation>OpenSC is not installed: choose the card software&apos;s module</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;Look for cards</source>
        <translation>&amp;Look for cards</translation>
    </message>
    <message>
        <source>&amp;Module:</source>
        <translation>&amp;Module:</translation>
    </message>
    <message>
        <source>Certificates on the cards</source>
        <translation>Certificates on the cards</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>&amp;Sign with this key</source>
        <translation>&amp;Sign with this key</translation>
    </message>
    <message>
        <source>This data folder signs with {0}.</source>
        <translation>This data folder signs with {0}.</translation>
    </message>
    <message>
        <source>PKCS#11 modules (*.so *.dll *.dylib);;All files (*)</source>
        <translation>PKCS#11 modules (*.so *.dll *.dylib);;All files (*)</translation>
    </message>
    <message>
        <source>No card or token found: is the card in the reader?</source>
        <translation>No card or token found: is the card in the reader?</translation>
    </message>
    <message>
        <source>The card holds no certificate: a key without its certificate cannot sign.</source>
        <translation>The card holds no certificate: a key without its certificate cannot sign.</translation>
    </message>
    <message>
        <source>Choose the certificate to sign with: on an organisation card, the one for signatures.</source>
        <translation>Choose the certificate to sign with: on an organisation card, the one for signatures.</translation>
    </message>
    <message>
        <source>This certificate may not sign documents: {0}</source>
        <translation>This certificate may not sign documents: {0}</translation>
    </message>
    <message>
        <source>The PIN of this card is locked: unlock it with the PUK code first.</source>
        <translation>The PIN of this card is locked: unlock it with the PUK code first.</translation>
    </message>
    <message>
        <source>Sign with the card?</source>
        <translation>Sign with the card?</translation>
    </message>
    <message>
        <source>From now on this data folder signs with the key on the card instead of your key file. The key file stays on this computer, and files you signed with it stay verifiable. Continue?</source>
        <translation>From now on this data folder signs with the key on the card instead of your key file. The key file stays on this computer, and files you signed with it stay verifiable. Continue?</translation>
    </message>
    <message>
        <source>Signing with the card {0}: {1}, {2}. The PIN is asked when you sign.</source>
        <translation>Signing with the card {0}: {1}, {2}. The PIN is asked when you sign.</translation>
    </message>
</context>
<context>
    <name>TokenMessages</name>
    <message>
        <source>Wrong PIN for the card or token {0}. Nothing was written; type the PIN again.</source>
        <translation>Wrong PIN for the card or token {0}. Nothing was written; type the PIN again.</translation>
    </message>
    <message>
        <source>Wrong PIN for the card or token {0}. Nothing was written. Only one try is left before the PIN locks.</source>
        <translation>Wrong PIN for the card or token {0}. Nothing was written. Only one try is left before the PIN locks.</translation>
    </message>
    <message>
        <source>The PIN of the card or token {0} is locked after too many wrong tries. Unlock it with the PUK code (your organisation&apos;s card service helps). Nothing was written.</source>
        <translation>The PIN of the card or token {0} is locked after too many wrong tries. Unlock it with the PUK code (your organisation&apos;s card service helps). Nothing was written.</translation>
    </message>
    <message>
        <source>The card or token {0} is not in the reader. Insert it and try again. Nothing was written.</source>
        <translation>The card or token {0} is not in the reader. Insert it and try again. Nothing was written.</translation>
    </message>
    <message>
        <source>The card or token {0} was removed while signing. Insert it and try again. Nothing was written.</source>
        <translation>The card or token {0} was removed while signing. Insert it and try again. Nothing was written.</translation>
    </message>
    <message>
        <source>The certificate chosen on the card or token {0} may not sign documents (its key usage does not allow signatures). Choose the card&apos;s signing certificate. Nothing was written.</source>
        <translation>The certificate chosen on the card or token {0} may not sign documents (its key usage does not allow signatures). Choose the card&apos;s signing certificate. Nothing was written.</translation>
    </message>
    <message>
        <source>The PIN for the card or token {0} has the wrong length or characters. Nothing was written; type the PIN again.</source>
        <translation>The PIN for the card or token {0} has the wrong length or characters. Nothing was written; type the PIN again.</translation>
    </message>
    <message>
        <source>The card or token {0} did not answer. Take it out of the reader, insert it again and try again. Nothing was written.</source>
        <translation>The card or token {0} did not answer. Take it out of the reader, insert it again and try again. Nothing was written.</translation>
    </message>
    <message>
        <source>The card or token {0} holds no private key for the chosen certificate. Choose another certificate. Nothing was written.</source>
        <translation>The card or token {0} holds no private key for the chosen certificate. Choose another certificate. Nothing was written.</translation>
    </message>
    <message>
        <source>Several cards or tokens are named {0}. Leave only one in the readers and try again. Nothing was written.</source>
        <translation>Several cards or tokens are named {0}. Leave only one in the readers and try again. Nothing was written.</translation>
    </message>
    <message>
        <source>No card software was found on this computer (looked for {0}). Install OpenSC or your organisation&apos;s card software, or choose its PKCS#11 module with Browse…</source>
        <translation>No card software was found on this computer (looked for {0}). Install OpenSC or your organisation&apos;s card software, or choose its PKCS#11 module with Browse…</translation>
    </message>
    <message>
        <source>{0}: there is no such file. Choose the card software&apos;s PKCS#11 module with Browse…</source>
        <translation>{0}: there is no such file. Choose the card software&apos;s PKCS#11 module with Browse…</translation>
    </message>
    <message>
        <source>{0} cannot be used as card software (it is not a working PKCS#11 module). Choose the card software&apos;s module with Browse…</source>
        <translation>{0} cannot be used as card software (it is not a working PKCS#11 module). Choose the card software&apos;s module with Browse…</translation>
    </message>
</context>
<context>
    <name>UnitReturnsModel</name>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Comment to the unit</source>
        <translation>Comment to the unit</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Sent back</source>
        <translation>Sent back</translation>
    </message>
    <message>
        <source>Not returned</source>
        <translation>Not returned</translation>
    </message>
    <message>
        <source>Returned late, signed {0}</source>
        <translation>Returned late, signed {0}</translation>
    </message>
    <message>
        <source>Returned unsigned: not judged against the deadline</source>
        <translation>Returned unsigned: not judged against the deadline</translation>
    </message>
    <message>
        <source>Returned {0}</source>
        <translation>Returned {0}</translation>
    </message>
    <message>
        <source>{0}/{1}, {2} without status</source>
        <translation>{0}/{1}, {2} without status</translation>
    </message>
    <message>
        <source>Last file received {0}; files: {1}; the first one that counts was signed after the deadline {2}</source>
        <translation>Last file received {0}; files: {1}; the first one that counts was signed after the deadline {2}</translation>
    </message>
    <message>
        <source>Last file received {0}; files: {1}</source>
        <translation>Last file received {0}; files: {1}</translation>
    </message>
    <message>
        <source>{0} of the {1} measures the unit answers for have its contribution</source>
        <translation>{0} of the {1} measures the unit answers for have its contribution</translation>
    </message>
    <message>
        <source>{0} of them without a status: their merged status waits for it</source>
        <translation>{0} of them without a status: their merged status waits for it</translation>
    </message>
</context>
<context>
    <name>ValidationPanel</name>
    <message>
        <source>Still missing</source>
        <translation>Still missing</translation>
    </message>
    <message>
        <source>{0} of {1} measures are still incomplete:</source>
        <translation>{0} of {1} measures are still incomplete:</translation>
    </message>
    <message>
        <source>Nothing is missing: the return is complete.</source>
        <translation>Nothing is missing: the return is complete.</translation>
    </message>
    <message>
        <source>A code such as 2/3.1 means theme 2, measure 3.1.</source>
        <translation>A code such as 2/3.1 means theme 2, measure 3.1.</translation>
    </message>
</context>
<context>
    <name>Verification</name>
    <message>
        <source>Valid, trusted signer</source>
        <translation>Valid, trusted signer</translation>
    </message>
    <message>
        <source>Valid, unknown signer</source>
        <translation>Valid, unknown signer</translation>
    </message>
    <message>
        <source>Modified after signing</source>
        <translation>Modified after signing</translation>
    </message>
    <message>
        <source>Unsigned</source>
        <translation>Unsigned</translation>
    </message>
    <message>
        <source>Not a kotodesk file</source>
        <translation>Not a kotodesk file</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation>Unreadable</translation>
    </message>
    <message>
        <source>Signer not authorised</source>
        <translation>Signer not authorised</translation>
    </message>
</context>
<context>
    <name>VerificationModel</name>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Round</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Signer</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerprint</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Trust this signer?</source>
        <translation>Trust this signer?</translation>
    </message>
    <message>
        <source>Verify files</source>
        <translation>Verify files</translation>
    </message>
    <message>
        <source>Verification results</source>
        <translation>Verification results</translation>
    </message>
    <message>
        <source>&amp;Trust signer…</source>
        <translation>&amp;Trust signer…</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256): {0}</source>
        <translation>Fingerprint (SHA-256): {0}</translation>
    </message>
    <message>
        <source>Warning: {0}</source>
        <translation>Warning: {0}</translation>
    </message>
</context>
</TS>
