<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../kotodesk/ui/history_dialog.py" line="58"/>
        <source>History of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotodesk/ui/history_dialog.py" line="62"/>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../kotodesk/ui/history_dialog.py" line="27"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotodesk/ui/history_dialog.py" line="27"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotodesk/ui/history_dialog.py" line="27"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotodesk/ui/history_dialog.py" line="27"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotodesk/ui/history_dialog.py" line="28"/>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotodesk/ui/history_dialog.py" line="34"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotodesk/ui/history_dialog.py" line="34"/>
        <source>What has been done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotodesk/ui/history_dialog.py" line="35"/>
        <source>Reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotodesk/ui/history_dialog.py" line="36"/>
        <source>Indicator report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatorInputs</name>
    <message>
        <location filename="../../kotodesk/ui/indicator_inputs.py" line="39"/>
        <source>yes/no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotodesk/ui/indicator_inputs.py" line="40"/>
        <source>percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotodesk/ui/indicator_inputs.py" line="41"/>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotodesk/ui/indicator_inputs.py" line="42"/>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotodesk/ui/indicator_inputs.py" line="43"/>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotodesk/ui/indicator_inputs.py" line="85"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotodesk/ui/indicator_inputs.py" line="85"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotodesk/ui/indicator_inputs.py" line="106"/>
        <source>Give a percentage from 0 to 100, e.g. 12,5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotodesk/ui/indicator_inputs.py" line="107"/>
        <source>Give a whole number, e.g. 13</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotodesk/ui/indicator_inputs.py" line="108"/>
        <source>Give a number, e.g. 17,3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotodesk/ui/indicator_inputs.py" line="109"/>
        <source>Not a valid value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../kotodesk/ui/main_window.py" line="69"/>
        <source>Still missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotodesk/ui/main_window.py" line="76"/>
        <location filename="../../kotodesk/ui/main_window.py" line="80"/>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotodesk/ui/main_window.py" line="83"/>
        <source>Programme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotodesk/ui/main_window.py" line="111"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotodesk/ui/main_window.py" line="113"/>
        <source>&amp;Save now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotodesk/ui/main_window.py" line="115"/>
        <source>&amp;Import catalogue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotodesk/ui/main_window.py" line="116"/>
        <source>E&amp;xport catalogue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotodesk/ui/main_window.py" line="118"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotodesk/ui/main_window.py" line="120"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotodesk/ui/main_window.py" line="121"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotodesk/ui/main_window.py" line="123"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotodesk/ui/main_window.py" line="129"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotodesk/ui/main_window.py" line="137"/>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotodesk/ui/main_window.py" line="138"/>
        <source>&amp;Next measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotodesk/ui/main_window.py" line="140"/>
        <source>&amp;Previous measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotodesk/ui/main_window.py" line="142"/>
        <source>Next &amp;missing item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotodesk/ui/main_window.py" line="144"/>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotodesk/ui/main_window.py" line="145"/>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotodesk/ui/main_window.py" line="147"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotodesk/ui/main_window.py" line="222"/>
        <location filename="../../kotodesk/ui/main_window.py" line="231"/>
        <location filename="../../kotodesk/ui/main_window.py" line="235"/>
        <source>Import catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotodesk/ui/main_window.py" line="223"/>
        <source>Catalogues (*.xlsx *.txt *.tsv *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotodesk/ui/main_window.py" line="242"/>
        <location filename="../../kotodesk/ui/main_window.py" line="252"/>
        <source>Export catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotodesk/ui/main_window.py" line="243"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotodesk/ui/main_window.py" line="254"/>
        <source>Wrote {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotodesk/ui/main_window.py" line="261"/>
        <source>Some changes could not be saved. Quit anyway?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasureEditor</name>
    <message>
        <location filename="../../kotodesk/ui/editor.py" line="61"/>
        <source>Save state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotodesk/ui/editor.py" line="62"/>
        <source>&amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotodesk/ui/editor.py" line="75"/>
        <source>A short description or a link to one. If not realised, the reasons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotodesk/ui/editor.py" line="77"/>
        <source>What has been done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotodesk/ui/editor.py" line="87"/>
        <source>Reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotodesk/ui/editor.py" line="102"/>
        <source>Last round&apos;s entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotodesk/ui/editor.py" line="103"/>
        <source>&amp;Copy to this round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotodesk/ui/editor.py" line="184"/>
        <source>This round is closed: its entries can be read, not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotodesk/ui/editor.py" line="185"/>
        <source>Your unit is not responsible for this measure; it is shown for reading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotodesk/ui/editor.py" line="194"/>
        <source>Reported together with {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotodesk/ui/editor.py" line="208"/>
        <source>Last round ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotodesk/ui/editor.py" line="212"/>
        <source>No entry in the last round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotodesk/ui/editor.py" line="219"/>
        <source>Not reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotodesk/ui/editor.py" line="231"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotodesk/ui/editor.py" line="235"/>
        <source>Saved at {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotodesk/ui/editor.py" line="237"/>
        <source>Everything is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kotodesk/ui/editor.py" line="241"/>
        <source>%n character(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kotodesk/ui/editor.py" line="243"/>
        <source>Links:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotodesk/ui/editor.py" line="256"/>
        <source>(required: why has the measure not started?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotodesk/ui/editor.py" line="257"/>
        <source>(optional: why is the measure behind schedule?)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasureInfo</name>
    <message>
        <location filename="../../kotodesk/ui/measure_info.py" line="31"/>
        <source>Theme and goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotodesk/ui/measure_info.py" line="32"/>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotodesk/ui/measure_info.py" line="33"/>
        <source>Monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotodesk/ui/measure_info.py" line="34"/>
        <source>Responsible units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotodesk/ui/measure_info.py" line="48"/>
        <source>Choose a measure on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotodesk/ui/measure_info.py" line="55"/>
        <source>Goal {0}. {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotodesk/ui/measure_info.py" line="57"/>
        <source>Areas: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotodesk/ui/measure_info.py" line="76"/>
        <source>(taking part)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasureList</name>
    <message>
        <location filename="../../kotodesk/ui/measure_list.py" line="109"/>
        <source>Search measures and narratives (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotodesk/ui/measure_list.py" line="111"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotodesk/ui/measure_list.py" line="113"/>
        <source>Show &amp;all measures of the programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotodesk/ui/measure_list.py" line="114"/>
        <source>Show all measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotodesk/ui/measure_list.py" line="122"/>
        <source>Measures</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemModel</name>
    <message>
        <location filename="../../kotodesk/ui/validation_panel.py" line="41"/>
        <source>no value for “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotodesk/ui/validation_panel.py" line="44"/>
        <source>no status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotodesk/ui/validation_panel.py" line="45"/>
        <source>no description of what has been done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotodesk/ui/validation_panel.py" line="46"/>
        <source>reasons are required for this status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoundHeader</name>
    <message>
        <location filename="../../kotodesk/ui/round_header.py" line="19"/>
        <source>Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotodesk/ui/round_header.py" line="26"/>
        <source>no reporting round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotodesk/ui/round_header.py" line="28"/>
        <source>Monitoring period {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotodesk/ui/round_header.py" line="30"/>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotodesk/ui/round_header.py" line="34"/>
        <source>Unit: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kotodesk/ui/round_header.py" line="42"/>
        <source>deadline {0}, %n day(s) left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kotodesk/ui/round_header.py" line="44"/>
        <source>deadline {0}, today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kotodesk/ui/round_header.py" line="45"/>
        <source>deadline {0}, passed %n day(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../kotodesk/ui/settings_dialog.py" line="30"/>
        <source>Welcome to kotodesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotodesk/ui/settings_dialog.py" line="30"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotodesk/ui/settings_dialog.py" line="35"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotodesk/ui/settings_dialog.py" line="39"/>
        <source>Type to search, e.g. Kasko, Kuva, Sotepe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotodesk/ui/settings_dialog.py" line="40"/>
        <source>Your unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotodesk/ui/settings_dialog.py" line="54"/>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotodesk/ui/settings_dialog.py" line="56"/>
        <source>Your e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotodesk/ui/settings_dialog.py" line="59"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotodesk/ui/settings_dialog.py" line="60"/>
        <source>Your &amp;unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotodesk/ui/settings_dialog.py" line="62"/>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotodesk/ui/settings_dialog.py" line="63"/>
        <source>Your &amp;e-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotodesk/ui/settings_dialog.py" line="72"/>
        <source>kotodesk keeps your unit&apos;s status reports on this computer and works without a network. Choose your unit: you will see the measures it is responsible for. You can change these later in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotodesk/ui/settings_dialog.py" line="90"/>
        <source>Reporting as: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotodesk/ui/settings_dialog.py" line="92"/>
        <source>Choose a unit from the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusButtons</name>
    <message>
        <location filename="../../kotodesk/ui/status_buttons.py" line="27"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotodesk/ui/status_buttons.py" line="41"/>
        <source>{0} (key {1})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValidationPanel</name>
    <message>
        <location filename="../../kotodesk/ui/validation_panel.py" line="60"/>
        <source>Still missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotodesk/ui/validation_panel.py" line="72"/>
        <source>{0} of {1} measures are still incomplete:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotodesk/ui/validation_panel.py" line="75"/>
        <source>Nothing is missing: the return is complete.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>session</name>
    <message>
        <location filename="../../kotodesk/ui/session.py" line="32"/>
        <source>Edit {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
