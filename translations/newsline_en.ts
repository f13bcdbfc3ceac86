<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Newsline::ArticleReader</name>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feed item(s)</source>
        <translation>
            <numerusform>%n feed item</numerusform>
            <numerusform>%n feed items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsline::ArticleSearchPanel</name>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s), the best %1 shown</source>
        <translation>
            <numerusform>%n article, the best %1 shown</numerusform>
            <numerusform>%n articles, the best %1 shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsline::BriefingComposer</name>
    <message numerus="yes">
        <source>Exchange rates: ECB reference rates to %1, %n day(s) before this briefing; the ECB has none before 1999.</source>
        <translation>
            <numerusform>Exchange rates: ECB reference rates to %1, %n day before this briefing; the ECB has none before 1999.</numerusform>
            <numerusform>Exchange rates: ECB reference rates to %1, %n days before this briefing; the ECB has none before 1999.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsline::EventFilterBar</name>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n event(s)</source>
        <translation>
            <numerusform>%1 of %n event</numerusform>
            <numerusform>%1 of %n events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsline::FigureChartView</name>
    <message numerus="yes">
        <source>The %n largest figure(s) shown; </source>
        <translation>
            <numerusform>The %n largest figure shown; </numerusform>
            <numerusform>The %n largest figures shown; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other figure(s) add up to %1.</source>
        <translation>
            <numerusform>%n other figure adds up to %1.</numerusform>
            <numerusform>%n other figures add up to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s) in other currencies have no exchange rate for their date and no bar.</source>
        <translation>
            <numerusform>%n figure in another currency has no exchange rate for its date and no bar.</numerusform>
            <numerusform>%n figures in other currencies have no exchange rate for their date and no bar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsline::MainWindow</name>
    <message numerus="yes">
        <source>%n article(s) extracted again by this version of Newsline.</source>
        <translation>
            <numerusform>%n article extracted again by this version of Newsline.</numerusform>
            <numerusform>%n articles extracted again by this version of Newsline.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) added</source>
        <translation>
            <numerusform>%n article added</numerusform>
            <numerusform>%n articles added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the workspace</source>
        <translation>
            <numerusform>%n already in the workspace</numerusform>
            <numerusform>%n already in the workspace</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n article(s)</source>
        <translation>
            <numerusform>%1 — %n article</numerusform>
            <numerusform>%1 — %n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n correction(s) no longer apply and are kept for review.</source>
        <translation>
            <numerusform>%n correction no longer applies and is kept for review.</numerusform>
            <numerusform>%n corrections no longer apply and are kept for review.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Event(s)</source>
        <translation>
            <numerusform>Delete %n Event</numerusform>
            <numerusform>Delete %n Events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merge %n Events</source>
        <translation>
            <numerusform>Merge %n Events</numerusform>
            <numerusform>Merge %n Events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s) got a dollar value from the updated exchange rates.</source>
        <translation>
            <numerusform>%n figure got a dollar value from the updated exchange rates.</numerusform>
            <numerusform>%n figures got a dollar value from the updated exchange rates.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s), not saved</source>
        <translation>
            <numerusform>%n article, not saved</numerusform>
            <numerusform>%n articles, not saved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n selected event(s)</source>
        <translation>
            <numerusform>the %n selected event</numerusform>
            <numerusform>the %n selected events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Briefing of %2 written to %1 (%n page(s)).</source>
        <translation>
            <numerusform>Briefing of %2 written to %1 (%n page).</numerusform>
            <numerusform>Briefing of %2 written to %1 (%n pages).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ECB rates to %1 (%n day(s) old)</source>
        <extracomment>%1 the last day of the exchange rates in use; %n how many days ago that was</extracomment>
        <translation>
            <numerusform>ECB rates to %1 (%n day old)</numerusform>
            <numerusform>ECB rates to %1 (%n days old)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsline::MessageBar</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsline::QuoteSearchPanel</name>
    <message numerus="yes">
        <source>%n quote(s), the best %1 shown</source>
        <translation>
            <numerusform>%n quote, the best %1 shown</numerusform>
            <numerusform>%n quotes, the best %1 shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quote(s)</source>
        <translation>
            <numerusform>%n quote</numerusform>
            <numerusform>%n quotes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quote(s) in the articles of the filtered events</source>
        <translation>
            <numerusform>%n quote in the articles of the filtered events</numerusform>
            <numerusform>%n quotes in the articles of the filtered events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsline::TimelineWidget</name>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>import</name>
    <message numerus="yes">
        <source>The extractor changed since %n article(s) were extracted: extracting them again.</source>
        <translation>
            <numerusform>The extractor changed since %n article was extracted: extracting it again.</numerusform>
            <numerusform>The extractor changed since %n articles were extracted: extracting them again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s) got a dollar value from the updated exchange rates.</source>
        <translation>
            <numerusform>%n figure got a dollar value from the updated exchange rates.</numerusform>
            <numerusform>%n figures got a dollar value from the updated exchange rates.</numerusform>
        </translation>
    </message>
</context>
</TS>
