<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AuditLog</name>
    <message numerus="yes">
        <source>audit entry %1 is missing: the chain&apos;s head record counts %n entries</source>
        <translation>
            <numerusform>audit entry %1 is missing: the chain&apos;s head record counts %n entry</numerusform>
            <numerusform>audit entry %1 is missing: the chain&apos;s head record counts %n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditReconciler</name>
    <message numerus="yes">
        <source>%n sanction(s) of a case without a decision have no audit entry</source>
        <translation>
            <numerusform>%n sanction of a case without a decision has no audit entry</numerusform>
            <numerusform>%n sanctions of a case without a decision have no audit entry</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message numerus="yes">
        <source>Mark the case as being worked by you for %n minute(s)</source>
        <translation>
            <numerusform>Mark the case as being worked by you for %n minute</numerusform>
            <numerusform>Mark the case as being worked by you for %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message numerus="yes">
        <source>%1: wrote %n demo case(s) (seed %2)</source>
        <translation>
            <numerusform>%1: wrote %n demo case (seed %2)</numerusform>
            <numerusform>%1: wrote %n demo cases (seed %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>purge: %n decided case(s) opened before %1 purged</source>
        <translation>
            <numerusform>purge: %n decided case opened before %1 purged</numerusform>
            <numerusform>purge: %n decided cases opened before %1 purged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>audit: ok, %n entries, head %1</source>
        <translation>
            <numerusform>audit: ok, %n entry, head %1</numerusform>
            <numerusform>audit: ok, %n entries, head %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>settings: saved %n change(s)</source>
        <translation>
            <numerusform>settings: saved %n change</numerusform>
            <numerusform>settings: saved %n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: checkpoint of %n entries, head %2, signed by %3</source>
        <translation>
            <numerusform>%1: checkpoint of %n entry, head %2, signed by %3</numerusform>
            <numerusform>%1: checkpoint of %n entries, head %2, signed by %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>audit: %n more difference(s)</source>
        <translation>
            <numerusform>audit: %n more difference</numerusform>
            <numerusform>audit: %n more differences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>audit: extends the checkpoint of %1 (%n entries), signed by key %2</source>
        <translation>
            <numerusform>audit: extends the checkpoint of %1 (%n entry), signed by key %2</numerusform>
            <numerusform>audit: extends the checkpoint of %1 (%n entries), signed by key %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConversationDelegate</name>
    <message numerus="yes">
        <source>%n more character(s): select to read all</source>
        <translation>
            <numerusform>%n more character: select to read all</numerusform>
            <numerusform>%n more characters: select to read all</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CountSpinBox</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <comment>a duration in a spin box</comment>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <comment>a duration in a spin box</comment>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <comment>a duration in a spin box</comment>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n business day(s)</source>
        <comment>a duration in a spin box</comment>
        <translation>
            <numerusform>%n business day</numerusform>
            <numerusform>%n business days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DecisionSummary</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message numerus="yes">
        <source>%1: %n case(s) of this file were decided by an agent while it was imported and stay stored</source>
        <translation>
            <numerusform>%1: %n case of this file was decided by an agent while it was imported and stays stored</numerusform>
            <numerusform>%1: %n cases of this file were decided by an agent while it was imported and stay stored</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%Ln case(s) imported.</source>
        <translation>
            <numerusform>%Ln case imported.</numerusform>
            <numerusform>%Ln cases imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderFactsPanel</name>
    <message numerus="yes">
        <source>%n day(s) from %1</source>
        <translation>
            <numerusform>%n day from %1</numerusform>
            <numerusform>%n days from %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueueFilterBar</name>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln case</numerusform>
            <numerusform>%Ln cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more in other statuses</source>
        <translation>
            <numerusform>%Ln more in other statuses</numerusform>
            <numerusform>%Ln more in other statuses</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message numerus="yes">
        <source>Reopening voids the %n strike(s) this decision recorded.</source>
        <translation>
            <numerusform>Reopening voids the %n strike this decision recorded.</numerusform>
            <numerusform>Reopening voids the %n strikes this decision recorded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It also voids its %n sanction(s).</source>
        <translation>
            <numerusform>It also voids its %n sanction.</numerusform>
            <numerusform>It also voids its %n sanctions.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message numerus="yes">
        <source>Preview of %n case(s).</source>
        <translation>
            <numerusform>Preview of %n case.</numerusform>
            <numerusform>Preview of %n cases.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n case(s) to %1.</source>
        <translation>
            <numerusform>Saved %n case to %1.</numerusform>
            <numerusform>Saved %n cases to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SuggestionText</name>
    <message numerus="yes">
        <source>The %1 %2 now has %n %3 strike(s), this case included</source>
        <translation>
            <numerusform>The %1 %2 now has %n %3 strike, this case included</numerusform>
            <numerusform>The %1 %2 now has %n %3 strikes, this case included</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Suspend %1 (%2) from %3 for %n day(s)</source>
        <translation>
            <numerusform>Suspend %1 (%2) from %3 for %n day</numerusform>
            <numerusform>Suspend %1 (%2) from %3 for %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked paid %1; %n business day(s) later is %2</source>
        <translation>
            <numerusform>Marked paid %1; %n business day later is %2</numerusform>
            <numerusform>Marked paid %1; %n business days later is %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Live-chat suspension of %1 since %2 for %n day(s)</source>
        <translation>
            <numerusform>Live-chat suspension of %1 since %2 for %n day</numerusform>
            <numerusform>Live-chat suspension of %1 since %2 for %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WhatIfPanel</name>
    <message numerus="yes">
        <source>%1 of %n open case(s) would get another suggestion.</source>
        <translation>
            <numerusform>%1 of %n open case would get another suggestion.</numerusform>
            <numerusform>%1 of %n open cases would get another suggestion.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of %n decision(s) in the last 30 days, %1 would be suggested otherwise and %2 would differ from the agent&apos;s outcome; sanctions: %3 added, %4 removed.</source>
        <translation>
            <numerusform>Of %n decision in the last 30 days, %1 would be suggested otherwise and %2 would differ from the agent&apos;s outcome; sanctions: %3 added, %4 removed.</numerusform>
            <numerusform>Of %n decisions in the last 30 days, %1 would be suggested otherwise and %2 would differ from the agent&apos;s outcome; sanctions: %3 added, %4 removed.</numerusform>
        </translation>
    </message>
</context>
</TS>
