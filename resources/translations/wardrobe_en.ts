<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AlertsBanner</name>
    <message numerus="yes">
        <location filename="../../ui/sections/alerts.py" line="118"/>
        <source>&lt;b&gt;%n item(s) to order&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n item to order&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n items to order&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sections/alerts.py" line="123"/>
        <location filename="../../ui/sections/alerts.py" line="155"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sections/alerts.py" line="128"/>
        <source>; %n more already covered by orders</source>
        <translation>
            <numerusform>; %n more already covered by an order</numerusform>
            <numerusform>; %n more already covered by orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sections/alerts.py" line="156"/>
        <source>&lt;b&gt;%n loan(s) overdue&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n loan overdue&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n loans overdue&lt;/b&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallText</name>
    <message numerus="yes">
        <location filename="../../ui/text/call_text.py" line="22"/>
        <source>%n piece(s) at cleaning</source>
        <translation>
            <numerusform>%n piece at cleaning</numerusform>
            <numerusform>%n pieces at cleaning</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/text/call_text.py" line="23"/>
        <source>%n in alteration</source>
        <translation>
            <numerusform>%n in alteration</numerusform>
            <numerusform>%n in alteration</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/text/call_text.py" line="24"/>
        <source>%n out with someone else</source>
        <translation>
            <numerusform>%n out with someone else</numerusform>
            <numerusform>%n out with someone else</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/text/call_text.py" line="25"/>
        <source>%n lent</source>
        <translation>
            <numerusform>%n lent</numerusform>
            <numerusform>%n lent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/text/call_text.py" line="26"/>
        <source>%n missing</source>
        <translation>
            <numerusform>%n missing</numerusform>
            <numerusform>%n missing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/text/call_text.py" line="27"/>
        <source>%n retired</source>
        <translation>
            <numerusform>%n retired</numerusform>
            <numerusform>%n retired</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/text/call_text.py" line="28"/>
        <source>%n still to make</source>
        <translation>
            <numerusform>%n still to make</numerusform>
            <numerusform>%n still to make</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/text/call_text.py" line="29"/>
        <source>%n copy(ies) to give</source>
        <translation>
            <numerusform>%n copy to give</numerusform>
            <numerusform>%n copies to give</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/text/call_text.py" line="30"/>
        <source>%n twin(s) missing</source>
        <translation>
            <numerusform>%n twin missing</numerusform>
            <numerusform>%n twins missing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/text/call_text.py" line="31"/>
        <source>%n without pointe shoes in stock</source>
        <translation>
            <numerusform>%n without pointe shoes in stock</numerusform>
            <numerusform>%n without pointe shoes in stock</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/text/call_text.py" line="54"/>
        <source>%n dancer(s)</source>
        <translation>
            <numerusform>%n dancer</numerusform>
            <numerusform>%n dancers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CountActions</name>
    <message numerus="yes">
        <location filename="../../ui/operations/counts.py" line="174"/>
        <source>%n count(s) taken, %1 adjusted in the ledger.</source>
        <translation>
            <numerusform>%n count taken, %1 adjusted in the ledger.</numerusform>
            <numerusform>%n counts taken, %1 adjusted in the ledger.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/operations/counts.py" line="213"/>
        <source>Every place (%n)</source>
        <translation>
            <numerusform>Every place (%n)</numerusform>
            <numerusform>Every place (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EngagementActions</name>
    <message numerus="yes">
        <location filename="../../ui/operations/guests.py" line="106"/>
        <source>%n dancer(s) exchanged: pack their costumes next.</source>
        <translation>
            <numerusform>%n dancer exchanged: pack the costumes next.</numerusform>
            <numerusform>%n dancers exchanged: pack their costumes next.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/operations/guests.py" line="235"/>
        <source>What travels with %1: %n item(s).</source>
        <translation>
            <numerusform>What travels with %1: %n item.</numerusform>
            <numerusform>What travels with %1: %n items.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/operations/loans.py" line="60"/>
        <source>%n item(s) lent to %1.</source>
        <translation>
            <numerusform>%n item lent to %1.</numerusform>
            <numerusform>%n items lent to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/operations/loans.py" line="112"/>
        <source>The agreement to sign: %n item(s), their values and condition.</source>
        <translation>
            <numerusform>The agreement to sign: %n item, its value and condition.</numerusform>
            <numerusform>The agreement to sign: %n items, their values and condition.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/operations/loans.py" line="147"/>
        <source>%n item(s) back from loan.</source>
        <translation>
            <numerusform>%n item back from loan.</numerusform>
            <numerusform>%n items back from loan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryText</name>
    <message numerus="yes">
        <location filename="../../ui/text/history_text.py" line="176"/>
        <source>%n pair(s)</source>
        <translation>
            <numerusform>%n pair</numerusform>
            <numerusform>%n pairs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <location filename="../../ui/dialogs/transfer_dialogs.py" line="196"/>
        <source>%n problem(s): nothing can be imported until the file is corrected.</source>
        <translation>
            <numerusform>%n problem: nothing can be imported until the file is corrected.</numerusform>
            <numerusform>%n problems: nothing can be imported until the file is corrected.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message numerus="yes">
        <location filename="../../ui/dialogs/item_dialog.py" line="225"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LendDialog</name>
    <message numerus="yes">
        <location filename="../../ui/dialogs/engagement_dialogs.py" line="132"/>
        <source>Lend %n item(s)</source>
        <translation>
            <numerusform>Lend %n item</numerusform>
            <numerusform>Lend %n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderActions</name>
    <message numerus="yes">
        <location filename="../../ui/operations/orders.py" line="47"/>
        <source>%n draft order(s) written: %1</source>
        <translation>
            <numerusform>%n draft order written: %1</numerusform>
            <numerusform>%n draft orders written: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/operations/orders.py" line="58"/>
        <source>%n alert(s) already on a draft, left there</source>
        <translation>
            <numerusform>%n alert already on a draft, left there</numerusform>
            <numerusform>%n alerts already on a draft, left there</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message numerus="yes">
        <location filename="../../ui/dialogs/order_dialogs.py" line="113"/>
        <source>lead time %1 weeks as learned from %n order(s), %2 entered</source>
        <translation>
            <numerusform>lead time %1 weeks as learned from %n order, %2 entered</numerusform>
            <numerusform>lead time %1 weeks as learned from %n orders, %2 entered</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrdersSection</name>
    <message numerus="yes">
        <location filename="../../ui/sections/orders.py" line="87"/>
        <source>%1 %2 weeks (%3 entered, %n order(s))</source>
        <translation>
            <numerusform>%1 %2 weeks (%3 entered, %n order)</numerusform>
            <numerusform>%1 %2 weeks (%3 entered, %n orders)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pairs</name>
    <message numerus="yes">
        <location filename="../../ui/text/alert_text.py" line="18"/>
        <source>%n pair(s)</source>
        <translation>
            <numerusform>%n pair</numerusform>
            <numerusform>%n pairs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message numerus="yes">
        <location filename="../../ui/operations/printing.py" line="300"/>
        <source>%n label(s), one for each selected item.</source>
        <translation>
            <numerusform>%n label, one for each selected item.</numerusform>
            <numerusform>%n labels, one for each selected item.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PutAway</name>
    <message numerus="yes">
        <location filename="../../ui/shell/put_away.py" line="87"/>
        <source>%1 put away in %2 (%n so far); scan the next, or Escape to end.</source>
        <translation>
            <numerusform>%1 put away in %2 (%n so far); scan the next, or Escape to end.</numerusform>
            <numerusform>%1 put away in %2 (%n so far); scan the next, or Escape to end.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/put_away.py" line="125"/>
        <source>Put-away into %1 ended: %n item(s) moved.</source>
        <translation>
            <numerusform>Put-away into %1 ended: %n item moved.</numerusform>
            <numerusform>Put-away into %1 ended: %n items moved.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message numerus="yes">
        <location filename="../../ui/shell/status_bar.py" line="44"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/status_bar.py" line="45"/>
        <source>%n dancer(s)</source>
        <translation>
            <numerusform>%n dancer</numerusform>
            <numerusform>%n dancers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/status_bar.py" line="46"/>
        <source>%n pointe spec(s)</source>
        <translation>
            <numerusform>%n pointe spec</numerusform>
            <numerusform>%n pointe specs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/status_bar.py" line="47"/>
        <source>%n material(s)</source>
        <translation>
            <numerusform>%n material</numerusform>
            <numerusform>%n materials</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/status_bar.py" line="53"/>
        <source>%n low-stock alert(s)</source>
        <translation>
            <numerusform>%n low-stock alert</numerusform>
            <numerusform>%n low-stock alerts</numerusform>
        </translation>
    </message>
</context>
</TS>
