<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
    <name>Newsline::MainWindow</name>
    <message numerus="yes">
        <source>%n article(s) extracted again by this version of Newsline.</source>
        <translation>
            <numerusform>%n article extracted again by this version of Newsline.</numerusform>
            <numerusform>%n articles extracted again by this version of Newsline.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Briefing written to %1 (%n page(s)).</source>
        <translation>
            <numerusform>Briefing written to %1 (%n page).</numerusform>
            <numerusform>Briefing written to %1 (%n pages).</numerusform>
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
        <source>%n file(s) could not be read; the others were opened.</source>
        <translation>
            <numerusform>%n file could not be read; the others were opened.</numerusform>
            <numerusform>%n files could not be read; the others were opened.</numerusform>
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
</context>
</TS>
