<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>Newsline</name>
    <message>
        <source>Imports article files and folders (*.txt) into a workspace file, creating it when it does not exist. Importing is incremental: an unchanged file is skipped, a changed file is updated. Articles are stored in batches, each in one transaction, so an interrupted import keeps every finished batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publication date of inputs whose front matter gives none.</source>
        <translation type="unfinished">머리말에 게재일이 없는 입력의 게재일.</translation>
    </message>
    <message>
        <source>Articles stored per transaction (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file (.newsline).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article files or folders.</source>
        <translation type="unfinished">기사 파일 또는 폴더.</translation>
    </message>
    <message>
        <source>newsline import: give a workspace file and at least one article file or folder (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>newsline import: --batch-size &quot;%1&quot; is not a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>newsline import: --published &quot;%1&quot; is not a date (expected YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-extracting: %1/%2 articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing: %1/%2 files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 unchanged, %4 refused; the workspace holds %5 articles and %6 events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searches the quotes and articles of a workspace, best matches first, and prints each with a snippet (matched words in [brackets]). Words are all required; &quot;quoted words&quot; are a phrase; word* is a prefix. Exit status 0 when something was found, 1 when nothing, 2 on error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only quotes said by this person (and articles naming them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search quotes only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search articles only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results per kind (default 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words to search for (may be left out with --person).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>newsline search: give a query and a workspace file (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>newsline search: --limit &quot;%1&quot; is not a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>newsline search: the query holds no word to search for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unattributed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: empty file, not a Newsline workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a Newsline workspace (not an SQLite database); the file was left untouched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Qt SQLite driver (QSQLITE) is not installed; on Debian install libqt6sql6-sqlite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the workspace is damaged and cannot be opened (%2); the file was left untouched</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsline::ArticleListModel</name>
    <message>
        <source>published %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsline::ArticleReader</name>
    <message>
        <source>no such file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a folder, not an article file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file is %1 MiB, larger than the %2 MiB limit for one article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file is larger than the %1 MiB limit for one article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file holds only white space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binary file, not text (NUL byte at byte offset %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid UTF-8 (invalid byte 0x%1 at byte offset %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>front matter opened on line 1 is never closed with &quot;---&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: front matter line is not &quot;key: value&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: malformed date &quot;%2&quot; for %3 (expected YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>article has no text after its front matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder holds no article files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsline::ArticleTextView</name>
    <message>
        <source>Article text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publication date unknown</source>
        <translation type="unfinished">게재일 미상</translation>
    </message>
    <message>
        <source>translated from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished">메모: %1</translation>
    </message>
    <message>
        <source>Quote (speaker unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation type="unfinished">날짜: %1</translation>
    </message>
    <message>
        <source>Money: %1 %2</source>
        <translation type="unfinished">금액: %1 %2</translation>
    </message>
</context>
<context>
    <name>Newsline::BriefingComposer</name>
    <message>
        <source>“%1”</source>
        <comment>a quotation</comment>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Newsline briefing</source>
        <translation>Newsline 브리핑</translation>
    </message>
    <message>
        <source>all events and articles</source>
        <translation>모든 사건과 기사</translation>
    </message>
    <message>
        <source>the lanes %1</source>
        <translation>레인 %1</translation>
    </message>
    <message>
        <source>events picked by the analyst</source>
        <translation>분석가가 선택한 사건</translation>
    </message>
    <message>
        <source>the events and articles of the period</source>
        <translation>기간 내 사건과 기사</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>기간: %1</translation>
    </message>
    <message>
        <source>Generated: %1</source>
        <translation>작성일: %1</translation>
    </message>
    <message>
        <source>Articles: %1 · Sources: %2 · Events: %3</source>
        <translation>기사: %1 · 출처: %2 · 사건: %3</translation>
    </message>
    <message>
        <source>Covers: %1</source>
        <translation>범위: %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>타임라인</translation>
    </message>
    <message>
        <source>Other events</source>
        <translation>기타 사건</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>No dated events to draw; the sections below list what the articles give.</source>
        <translation>표시할 날짜가 있는 사건이 없습니다. 아래 섹션에 기사 내용이 정리되어 있습니다.</translation>
    </message>
    <message>
        <source>Numbers refer to the event list. Filled marker: date stated in an article; hollow marker: date from the publication date; bar: an event dated to a month or a year.</source>
        <translation>번호는 사건 목록을 가리킵니다. 채운 표시: 기사에 명시된 날짜, 빈 표시: 게재일 기준 날짜, 막대: 월 또는 연 단위로 날짜가 정해진 사건.</translation>
    </message>
    <message>
        <source>Labels left out where markers crowd: %1; every event is in the event list.</source>
        <translation>표시가 몰려 생략된 라벨: %1개. 모든 사건은 사건 목록에 있습니다.</translation>
    </message>
    <message>
        <source>Events without a date, not drawn: %1.</source>
        <translation>날짜가 없어 표시하지 않은 사건: %1개.</translation>
    </message>
    <message>
        <source>%1, %2 %3</source>
        <translation>%1, %2 %3</translation>
    </message>
    <message>
        <source>Money figures</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>No money figures were found in the selected articles.</source>
        <translation>선택한 기사에서 금액을 찾지 못했습니다.</translation>
    </message>
    <message>
        <source>US dollar equivalents at the exchange rate of the date shown; the amount as the article gives it stays beside.</source>
        <translation>표시된 날짜의 환율로 환산한 미국 달러 금액이며, 기사에 나온 원래 금액을 함께 적었습니다.</translation>
    </message>
    <message>
        <source>The chart compares the %1 largest of %2 figures; the table lists all.</source>
        <translation>그래프는 금액 %2개 중 가장 큰 %1개를 비교하며, 표에는 모두 나옵니다.</translation>
    </message>
    <message>
        <source>Figures without a known dollar rate, only in the table: %1.</source>
        <translation>달러 환율을 알 수 없어 표에만 있는 금액: %1개.</translation>
    </message>
    <message>
        <source>Original text</source>
        <translation>원문</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>USD equivalent</source>
        <translation>USD 환산</translation>
    </message>
    <message>
        <source>Rate date</source>
        <translation>환율 기준일</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>사건</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>none needed</source>
        <translation>필요 없음</translation>
    </message>
    <message>
        <source>no rate known</source>
        <translation>환율 정보 없음</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>event number and type</comment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>amount and currency code</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Key quotes</source>
        <translation>주요 인용</translation>
    </message>
    <message>
        <source>No direct quotations were found in the selected articles.</source>
        <translation>선택한 기사에서 직접 인용을 찾지 못했습니다.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 %1</translation>
    </message>
    <message>
        <source>Speaker not named</source>
        <translation>발언자 미상</translation>
    </message>
    <message>
        <source>role not stated</source>
        <translation>직책 미상</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>outlet not named</source>
        <translation>매체 미상</translation>
    </message>
    <message>
        <source>publication date unknown</source>
        <translation>게재일 미상</translation>
    </message>
    <message>
        <source>— %1, %2, %3 %4</source>
        <translation>— %1, %2, %3 %4</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>사건</translation>
    </message>
    <message>
        <source>No events were extracted from the selected articles.</source>
        <translation>선택한 기사에서 추출된 사건이 없습니다.</translation>
    </message>
    <message>
        <source>%1. %2 · %3 %4</source>
        <translation>%1. %2 · %3 %4</translation>
    </message>
    <message>
        <source>Actors: %1</source>
        <translation>관련 주체: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>date stated in the article</source>
        <translation>기사에 명시된 날짜</translation>
    </message>
    <message>
        <source>date from publication date</source>
        <translation>게재일 기준 날짜</translation>
    </message>
    <message>
        <source>date set by the analyst</source>
        <translation>분석가가 정한 날짜</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>날짜 미상</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>날짜: %1</translation>
    </message>
    <message>
        <source>Lane: %1</source>
        <translation>레인: %1</translation>
    </message>
    <message>
        <source>Money: %1</source>
        <translation>금액: %1</translation>
    </message>
    <message>
        <source>Money: amount not disclosed</source>
        <translation>금액: 비공개</translation>
    </message>
    <message>
        <source>date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>Sources disagree on the %1: %2</source>
        <translation>출처마다 %1이(가) 다릅니다: %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>citation and excerpt</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>[%1] %2</source>
        <translation>[%1] %2</translation>
    </message>
    <message>
        <source>not named</source>
        <translation>미상</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>미상</translation>
    </message>
    <message>
        <source>Outlet: %1 · Published: %2 · Original language: %3</source>
        <translation>매체: %1 · 게재일: %2 · 원어: %3</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>파일: %1</translation>
    </message>
    <message>
        <source>URL: %1</source>
        <translation>URL: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>메모: %1</translation>
    </message>
    <message>
        <source>Further passages reporting it: %1</source>
        <translation>이를 보도한 다른 구절: %1개</translation>
    </message>
</context>
<context>
    <name>Newsline::BriefingFormat</name>
    <message>
        <source>%1 %2</source>
        <comment>currency code and amount</comment>
        <extracomment>%1 is an ISO currency code, %2 an amount: &quot;CHF 300 million&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1%2</source>
        <comment>currency symbol and amount</comment>
        <extracomment>%1 is a currency symbol, %2 an amount: &quot;€2 billion&quot;</extracomment>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>a range of amounts</comment>
        <translation>%1~%2</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>약 %1</translation>
    </message>
    <message>
        <source>no dollar rate known</source>
        <translation>달러 환율 정보 없음</translation>
    </message>
    <message>
        <source>%1 (no dollar rate known)</source>
        <translation>%1 (달러 환율 정보 없음)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>dollar equivalent and original</comment>
        <extracomment>%1 the US dollar equivalent, %2 the amount as the article gives it</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>날짜 미상</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <extracomment>Qt date format of a full date in running text</extracomment>
        <translation>yyyy년 M월 d일</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <extracomment>Qt date format of a month and year</extracomment>
        <translation>yyyy년 M월</translation>
    </message>
    <message>
        <source>period unknown</source>
        <translation>기간 미상</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>first and last day of a period</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>investment</source>
        <translation>투자</translation>
    </message>
    <message>
        <source>valuation</source>
        <translation>기업가치 평가</translation>
    </message>
    <message>
        <source>funding</source>
        <translation>자금 조달</translation>
    </message>
    <message>
        <source>revenue</source>
        <translation>매출</translation>
    </message>
    <message>
        <source>profit</source>
        <translation>이익</translation>
    </message>
    <message>
        <source>spending</source>
        <translation>지출</translation>
    </message>
    <message>
        <source>price</source>
        <translation>가격</translation>
    </message>
    <message>
        <source>fine</source>
        <translation>벌금</translation>
    </message>
    <message>
        <source>tax</source>
        <translation>세금</translation>
    </message>
    <message>
        <source>other</source>
        <translation>기타</translation>
    </message>
    <message>
        <source>partnership</source>
        <translation>파트너십</translation>
    </message>
    <message>
        <source>launch</source>
        <translation>출시</translation>
    </message>
    <message>
        <source>founding</source>
        <translation>설립</translation>
    </message>
    <message>
        <source>acquisition</source>
        <translation>인수</translation>
    </message>
    <message>
        <source>announcement</source>
        <translation>발표</translation>
    </message>
    <message>
        <source>regulatory action</source>
        <translation>규제 조치</translation>
    </message>
    <message>
        <source>other event</source>
        <translation>기타 사건</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>미기재</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>language name and its own name</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 trillion</source>
        <comment>two or more</comment>
        <translation>%1조</translation>
    </message>
    <message>
        <source>%1 trillion</source>
        <comment>less than two</comment>
        <translation>%1조</translation>
    </message>
    <message>
        <source>%1 billion</source>
        <comment>two or more</comment>
        <translation>%1십억</translation>
    </message>
    <message>
        <source>%1 billion</source>
        <comment>less than two</comment>
        <translation>%1십억</translation>
    </message>
    <message>
        <source>%1 million</source>
        <comment>two or more</comment>
        <translation>%1백만</translation>
    </message>
    <message>
        <source>%1 million</source>
        <comment>less than two</comment>
        <translation>%1백만</translation>
    </message>
</context>
<context>
    <name>Newsline::BriefingSummary</name>
    <message>
        <source>%1 and %2</source>
        <comment>the last two of a list of names</comment>
        <extracomment>%1 a list of names separated by commas, %2 the last name</extracomment>
        <translation>%1 및 %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>period unknown</source>
        <translation>기간 미상</translation>
    </message>
    <message>
        <source>News briefing, %1</source>
        <translation>뉴스 브리핑, %1</translation>
    </message>
    <message>
        <source>%1&apos;s partnerships and investments, %2</source>
        <translation>%1의 파트너십과 투자, %2</translation>
    </message>
    <message>
        <source>%1&apos;s partnerships, %2</source>
        <translation>%1의 파트너십, %2</translation>
    </message>
    <message>
        <source>%1&apos;s investments, %2</source>
        <translation>%1의 투자, %2</translation>
    </message>
    <message>
        <source>%1: events, %2</source>
        <translation>%1: 사건, %2</translation>
    </message>
    <message>
        <source>%1 in the news, %2</source>
        <translation>뉴스 속 %1, %2</translation>
    </message>
    <message>
        <source>On a date the sources do not give</source>
        <translation>출처에 날짜가 없는 시점에</translation>
    </message>
    <message>
        <source>On %1</source>
        <comment>a full date</comment>
        <translation>%1에</translation>
    </message>
    <message>
        <source>In %1</source>
        <comment>a month or a year</comment>
        <translation>%1에</translation>
    </message>
    <message>
        <source>%1 (date from publication date)</source>
        <translation>%1(게재일 기준 날짜)</translation>
    </message>
    <message>
        <source>%1, %2 partnered with %3</source>
        <translation>%1 %2은(는) %3와(과) 제휴했다</translation>
    </message>
    <message>
        <source>%1, %2 invested %3 in %4</source>
        <translation>%1 %2은(는) %4에 %3를 투자했다</translation>
    </message>
    <message>
        <source>%1, %2 invested in %3; the amount was not disclosed</source>
        <translation>%1 %2은(는) %3에 투자했으나 금액은 공개되지 않았다</translation>
    </message>
    <message>
        <source>%1, %2 was valued at %3</source>
        <translation>%1 %2의 기업가치는 %3로 평가되었다</translation>
    </message>
    <message>
        <source>%1, %2 acquired %3</source>
        <translation>%1 %2은(는) %3를 인수했다</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>%1; amount cited: %2</source>
        <translation>%1. 언급된 금액: %2</translation>
    </message>
    <message>
        <source>%1 %2.</source>
        <comment>a sentence and its citation</comment>
        <translation>%1 %2.</translation>
    </message>
    <message>
        <source>Articles read: %1, from sources: %2.</source>
        <translation>읽은 기사: %1건, 출처: %2곳.</translation>
    </message>
    <message>
        <source>No dated events were extracted from them; the figures and quotes below are listed as the articles give them.</source>
        <translation>날짜가 있는 사건은 추출되지 않았습니다. 아래 금액과 인용은 기사에 나온 그대로입니다.</translation>
    </message>
    <message>
        <source>Events they report: %1.</source>
        <translation>보도된 사건: %1건.</translation>
    </message>
    <message>
        <source>Further events, in the event list: %1.</source>
        <translation>사건 목록의 나머지 사건: %1건.</translation>
    </message>
    <message>
        <source>The largest figure cited is %1, %2 %3.</source>
        <translation>언급된 가장 큰 금액은 %1(%2) %3이다.</translation>
    </message>
</context>
<context>
    <name>Newsline::BriefingWriter</name>
    <message>
        <source>the corpus holds no articles, so there is nothing to brief</source>
        <translation>코퍼스에 기사가 없어 브리핑할 내용이 없습니다</translation>
    </message>
    <message>
        <source>none of the picked events or lanes is in the corpus</source>
        <translation>선택한 사건이나 레인이 코퍼스에 없습니다</translation>
    </message>
    <message>
        <source>the beginning</source>
        <translation>처음</translation>
    </message>
    <message>
        <source>the end</source>
        <translation>끝</translation>
    </message>
    <message>
        <source>no article or event falls between %1 and %2</source>
        <translation>%1부터 %2 사이에 해당하는 기사나 사건이 없습니다</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>cannot write %1: the PDF could not be started</source>
        <translation>%1에 쓸 수 없습니다: PDF를 시작할 수 없습니다</translation>
    </message>
    <message>
        <source>the briefing was cancelled</source>
        <translation>브리핑이 취소되었습니다</translation>
    </message>
    <message>
        <source>Newsline briefing · %1</source>
        <translation>Newsline 브리핑 · %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%2쪽 중 %1쪽</translation>
    </message>
</context>
<context>
    <name>Newsline::EventListModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (USD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished">출처</translation>
    </message>
    <message>
        <source>partnership</source>
        <translation type="unfinished">파트너십</translation>
    </message>
    <message>
        <source>investment</source>
        <translation type="unfinished">투자</translation>
    </message>
    <message>
        <source>valuation</source>
        <translation type="unfinished">기업가치 평가</translation>
    </message>
    <message>
        <source>launch</source>
        <translation type="unfinished">출시</translation>
    </message>
    <message>
        <source>founding</source>
        <translation type="unfinished">설립</translation>
    </message>
    <message>
        <source>acquisition</source>
        <translation type="unfinished">인수</translation>
    </message>
    <message>
        <source>announcement</source>
        <translation type="unfinished">발표</translation>
    </message>
    <message>
        <source>regulatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished">기타</translation>
    </message>
    <message>
        <source>undated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date from the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dated by publication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date set by an analyst</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsline::EventSummary</name>
    <message>
        <source>%1 trillion</source>
        <translation type="unfinished">%1조</translation>
    </message>
    <message>
        <source>%1 billion</source>
        <translation type="unfinished">%1십억</translation>
    </message>
    <message>
        <source>%1 million</source>
        <translation type="unfinished">%1백만</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished">%1 및 %2</translation>
    </message>
    <message>
        <source>%1 invests %2 in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 invests in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 invests %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 invests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 partners with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valuation of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 valued at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Launch by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 launches %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 founded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 founded by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acquisition involving %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acquisition involving %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 acquires %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 acquires %2 for %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announcement by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regulatory action involving %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regulatory action involving %1 (%2 fine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event involving %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(before %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(also reported: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 announces %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsline::EventTablePanel</name>
    <message>
        <source>Event list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter events:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date, type, actor or amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished">사건</translation>
    </message>
</context>
<context>
    <name>Newsline::FigureChartView</name>
    <message>
        <source>Figure comparison chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the figures of every event, not only of the selected ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A logarithmic dollar scale, for amounts of very different sizes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select events with money figures on the timeline, or tick Ǌll figures”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money figures in US dollars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US dollars</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsline::FigureModel</name>
    <message>
        <source>US dollars (billions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US dollars (millions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US dollars</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsline::MainWindow</name>
    <message>
        <source>About Newsline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Newsline&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Turns news articles into a verified timeline of dated events, money figures and quotes, each traced to its sentence.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add article files to the corpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add every .txt article of a folder and its subfolders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop reading files; the corpus stays as it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom the timeline in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom the timeline out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every dated event on the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log Scale for Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare figures on a logarithmic dollar scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the figures of every event, not only the selected ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the next event in date order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the previous event in date order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the sentence the current event was read from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Quote…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter &amp;Events…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event &amp;List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source &amp;Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Figure Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quote Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Newsline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the import (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newsline</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Newsline — %n article(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles (*.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An import is already running; wait for it or cancel it (Esc).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading articles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled; the corpus is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) added</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read; the others were opened.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The language will change the next time Newsline starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsline::MessageBar</name>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsline::MoneyFormat</name>
    <message>
        <source>%1 (no exchange rate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ≈ %2, ECB %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>investment</source>
        <translation type="unfinished">투자</translation>
    </message>
    <message>
        <source>valuation</source>
        <translation type="unfinished">기업가치 평가</translation>
    </message>
    <message>
        <source>funding</source>
        <translation type="unfinished">자금 조달</translation>
    </message>
    <message>
        <source>revenue</source>
        <translation type="unfinished">매출</translation>
    </message>
    <message>
        <source>profit</source>
        <translation type="unfinished">이익</translation>
    </message>
    <message>
        <source>spending</source>
        <translation type="unfinished">지출</translation>
    </message>
    <message>
        <source>price</source>
        <translation type="unfinished">가격</translation>
    </message>
    <message>
        <source>fine</source>
        <translation type="unfinished">벌금</translation>
    </message>
    <message>
        <source>tax</source>
        <translation type="unfinished">세금</translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished">기타</translation>
    </message>
</context>
<context>
    <name>Newsline::QuoteListModel</name>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished">%2 %1</translation>
    </message>
    <message>
        <source>unknown speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsline::QuoteSearchPanel</name>
    <message>
        <source>Quote search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>words in a quote or a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>speaker or role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotes found</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n quote(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsline::StoreSchema</name>
    <message>
        <source>the workspace could not be updated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SQLite library in use has no full-text search (FTS5); install an SQLite built with FTS5 (Debian 12&apos;s libsqlite3-0 has it)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsline::TimelineWidget</name>
    <message>
        <source>Timeline</source>
        <translation type="unfinished">타임라인</translation>
    </message>
    <message>
        <source>Events by partnership over time. Left and Right select the previous or next event, Enter opens its source, plus and minus zoom, Shift with Left or Right pans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other events</source>
        <translation type="unfinished">기타 사건</translation>
    </message>
    <message>
        <source>Undated</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Click or zoom in to expand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new money (size: US$)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valuation or running total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dated by publication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year or month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events. Open articles with File → Open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Newsline::Workspace</name>
    <message>
        <source>%1: already exists; choose another name or remove it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the workspace could not be created: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such workspace file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is a folder, not a workspace file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the workspace is damaged and cannot be opened (%2); the file was left untouched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an SQLite database, but not a Newsline workspace; the file was left untouched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: made by a newer Newsline (workspace format %2, this program reads up to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the workspace needs upgrading to the current format, but the file is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the workspace could not be opened for writing: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only: you can read and search it, but not import into it or change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the copy could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimexEvaluator</name>
    <message>
        <source>%1: no gold file %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>brief</name>
    <message>
        <source>Writes a PDF briefing of articles: summary, timeline, money figures, quotes, events and sources, each fact with its citation.</source>
        <translation>기사로 PDF 브리핑을 작성합니다: 요약, 타임라인, 금액, 인용, 사건, 출처를 각 사실의 인용 번호와 함께 담습니다.</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>작성할 PDF 파일.</translation>
    </message>
    <message>
        <source>Title of the briefing (default: from the actors and the period).</source>
        <translation>브리핑 제목(기본값: 주체와 기간에서 생성).</translation>
    </message>
    <message>
        <source>First day to include.</source>
        <translation>포함할 첫날.</translation>
    </message>
    <message>
        <source>Last day to include.</source>
        <translation>포함할 마지막 날.</translation>
    </message>
    <message>
        <source>Language of the briefing.</source>
        <translation>브리핑 언어.</translation>
    </message>
    <message>
        <source>Paper (default: from the locale).</source>
        <translation>용지(기본값: 로캘에 따름).</translation>
    </message>
    <message>
        <source>Publication date of inputs whose front matter gives none.</source>
        <translation>머리말에 게재일이 없는 입력의 게재일.</translation>
    </message>
    <message>
        <source>Article files or folders.</source>
        <translation>기사 파일 또는 폴더.</translation>
    </message>
    <message>
        <source>newsline brief: %1</source>
        <translation>newsline brief: %1</translation>
    </message>
    <message>
        <source>no output file given (use --out FILE.pdf)</source>
        <translation>출력 파일이 없습니다(--out FILE.pdf 사용)</translation>
    </message>
    <message>
        <source>--from &quot;%1&quot; is not a date (expected YYYY-MM-DD)</source>
        <translation>--from &quot;%1&quot;은(는) 날짜가 아닙니다(YYYY-MM-DD 형식)</translation>
    </message>
    <message>
        <source>--to &quot;%1&quot; is not a date (expected YYYY-MM-DD)</source>
        <translation>--to &quot;%1&quot;은(는) 날짜가 아닙니다(YYYY-MM-DD 형식)</translation>
    </message>
    <message>
        <source>--from %1 comes after --to %2</source>
        <translation>--from %1이(가) --to %2보다 늦습니다</translation>
    </message>
    <message>
        <source>--lang &quot;%1&quot; is not one of fr, ko, en</source>
        <translation>--lang &quot;%1&quot;은(는) fr, ko, en 중 하나가 아닙니다</translation>
    </message>
    <message>
        <source>--page-size &quot;%1&quot; is not a4 or letter</source>
        <translation>--page-size &quot;%1&quot;은(는) a4 또는 letter가 아닙니다</translation>
    </message>
    <message>
        <source>--published &quot;%1&quot; is not a date (expected YYYY-MM-DD)</source>
        <translation>--published &quot;%1&quot;은(는) 날짜가 아닙니다(YYYY-MM-DD 형식)</translation>
    </message>
    <message>
        <source>no input given (see --help)</source>
        <translation>입력이 없습니다(--help 참고)</translation>
    </message>
    <message>
        <source>Wrote %1 (pages: %2)</source>
        <translation>%1 작성 완료(%2쪽)</translation>
    </message>
</context>
<context>
    <name>eval-timex</name>
    <message>
        <source>articles %1, gold timexes %2, system timexes %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relaxed span  P %1  R %2  F1 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strict span   F1 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type accuracy %1  value accuracy %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value F1      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores the temporal tagger against gold timexes (&lt;name&gt;.txt beside &lt;name&gt;.gold.json): relaxed and strict span F1, type and value accuracy, and value F1 = relaxed F1 x value accuracy (the TempEval-3 ranking measure).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score only the first N lines of each text, the part the gold annotates (MEANTIME: headline, date line and four sentences, N = 6); 0 scores the whole text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List every miss, spurious find and wrong type or value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder of articles and gold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>newsline eval-timex: give one folder (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>newsline eval-timex: --annotated-lines needs a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>newsline eval-timex: no article with gold found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole text, unannotated lines included: relaxed P %1, value F1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>extract</name>
    <message>
        <source>Reads articles and prints their dates, money figures, entities, quotes and events as one JSON document on stdout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publication date of inputs whose front matter gives none.</source>
        <translation type="unfinished">머리말에 게재일이 없는 입력의 게재일.</translation>
    </message>
    <message>
        <source>Article files or folders.</source>
        <translation type="unfinished">기사 파일 또는 폴더.</translation>
    </message>
    <message>
        <source>newsline extract: --published &quot;%1&quot; is not a date (expected YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>newsline extract: no input given (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>import</name>
    <message numerus="yes">
        <source>The extractor changed since %n article(s) were extracted: extracting them again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>print the extraction of articles as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write a PDF briefing of articles</source>
        <translation>기사로 PDF 브리핑 작성</translation>
    </message>
    <message>
        <source>score the date finder against gold timexes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import articles into a workspace file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search the quotes and articles of a workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turns news articles into a verified timeline and a briefing.

Commands (newsline COMMAND --help):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the interface.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publication date of inputs whose front matter gives none.</source>
        <translation type="unfinished">머리말에 게재일이 없는 입력의 게재일.</translation>
    </message>
    <message>
        <source>Article files or folders to open (default: the files of the last session, else the bundled sample corpus).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
