<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>Newsline</name>
    <message>
        <source>Imports article files and folders (*.txt) into a workspace file, creating it when it does not exist. Importing is incremental: an unchanged file is skipped, a changed file is updated. Articles are stored in batches, each in one transaction, so an interrupted import keeps every finished batch.</source>
        <translation>기사 파일과 폴더(*.txt)를 작업 공간 파일로 가져오며, 파일이 없으면 새로 만듭니다. 가져오기는 증분 방식입니다. 바뀌지 않은 파일은 건너뛰고 바뀐 파일은 갱신합니다. 기사는 묶음 단위로 각각 하나의 트랜잭션에 저장되므로, 가져오기가 중단되어도 완료된 묶음은 모두 유지됩니다.</translation>
    </message>
    <message>
        <source>Publication date of inputs whose front matter gives none.</source>
        <translation>머리말에 게재일이 없는 입력의 게재일.</translation>
    </message>
    <message>
        <source>Articles stored per transaction (default %1).</source>
        <translation>트랜잭션당 저장할 기사 수(기본값: %1).</translation>
    </message>
    <message>
        <source>Article files or folders.</source>
        <translation>기사 파일 또는 폴더.</translation>
    </message>
    <message>
        <source>newsline import: give a workspace file and at least one article file or folder (see --help)</source>
        <translation>newsline import: 작업 공간 파일과 기사 파일 또는 폴더를 하나 이상 지정하십시오(--help 참고)</translation>
    </message>
    <message>
        <source>newsline import: --batch-size &quot;%1&quot; is not a positive number</source>
        <translation>newsline import: --batch-size &quot;%1&quot;은(는) 양수가 아닙니다</translation>
    </message>
    <message>
        <source>newsline import: --published &quot;%1&quot; is not a date (expected YYYY-MM-DD)</source>
        <translation>newsline import: --published &quot;%1&quot;은(는) 날짜가 아닙니다(YYYY-MM-DD 형식)</translation>
    </message>
    <message>
        <source>Re-extracting: %1/%2 articles</source>
        <translation>다시 추출하는 중: 기사 %1/%2건</translation>
    </message>
    <message>
        <source>Importing: %1/%2 files</source>
        <translation>가져오는 중: 파일 %1/%2개</translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 unchanged, %4 refused; the workspace holds %5 articles and %6 events.</source>
        <extracomment>%4 counts what was refused: &quot;2 files&quot;, &quot;1 feed item&quot;, &quot;2 files and 1 feed item&quot;, or &quot;nothing&quot;</extracomment>
        <translation>추가 %1건, 갱신 %2건, 변경 없음 %3건, 거부 %4건. 작업 공간에 기사 %5건과 사건 %6건이 있습니다.</translation>
    </message>
    <message>
        <source>Searches the quotes and articles of a workspace, best matches first, and prints each with a snippet (matched words in [brackets]). Words are all required; &quot;quoted words&quot; are a phrase; word* is a prefix. Exit status 0 when something was found, 1 when nothing, 2 on error.</source>
        <translation>작업 공간의 인용과 기사를 검색해 가장 잘 맞는 결과부터 출력하며, 각 결과에 일치한 단어를 [대괄호]로 표시한 발췌를 붙입니다. 모든 단어가 있어야 하고, &quot;따옴표로 묶은 단어&quot;는 구문으로, 단어*는 접두어로 찾습니다. 종료 상태는 찾은 결과가 있으면 0, 없으면 1, 오류 시 2입니다.</translation>
    </message>
    <message>
        <source>Only quotes said by this person (and articles naming them).</source>
        <translation>이 사람의 인용만(그 사람을 언급한 기사 포함).</translation>
    </message>
    <message>
        <source>Search quotes only.</source>
        <translation>인용만 검색합니다.</translation>
    </message>
    <message>
        <source>Search articles only.</source>
        <translation>기사만 검색합니다.</translation>
    </message>
    <message>
        <source>Results per kind (default 20).</source>
        <translation>종류별 결과 수(기본값 20).</translation>
    </message>
    <message>
        <source>Words to search for (may be left out with --person).</source>
        <translation>검색할 단어(--person을 쓰면 생략 가능).</translation>
    </message>
    <message>
        <source>newsline search: give a query and a workspace file (see --help)</source>
        <translation>newsline search: 검색어와 작업 공간 파일을 지정하십시오(--help 참고)</translation>
    </message>
    <message>
        <source>newsline search: --limit &quot;%1&quot; is not a positive number</source>
        <translation>newsline search: --limit &quot;%1&quot;은(는) 양수가 아닙니다</translation>
    </message>
    <message>
        <source>newsline search: the query holds no word to search for</source>
        <translation>newsline search: 검색어에 검색할 단어가 없습니다</translation>
    </message>
    <message>
        <source>Quotes (%1)</source>
        <translation>인용(%1)</translation>
    </message>
    <message>
        <source>(unattributed)</source>
        <translation>(발언자 미상)</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>제목 없음</translation>
    </message>
    <message>
        <source>Articles (%1)</source>
        <translation>기사(%1)</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1: empty file, not a Newsline workspace</source>
        <translation>%1: 빈 파일이며 Newsline 작업 공간이 아닙니다</translation>
    </message>
    <message>
        <source>%1: not a Newsline workspace (not an SQLite database); the file was left untouched</source>
        <translation>%1: Newsline 작업 공간이 아닙니다(SQLite 데이터베이스가 아님). 파일은 변경하지 않았습니다</translation>
    </message>
    <message>
        <source>%1: the search failed: %2</source>
        <translation>%1: 검색에 실패했습니다: %2</translation>
    </message>
    <message>
        <source>no temporary workspace could be made in %1: %2</source>
        <translation>%1에 임시 작업 공간을 만들 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Writes the events, figures or quotes of a workspace or of article files for other tools: CSV tables (csv: events, figures-csv, quotes-csv), the extract JSON (json), iCalendar (ics) or TimelineJS (timelinejs). Every fact keeps the offsets of its source text.</source>
        <translation>작업 공간이나 기사 파일의 사건, 금액, 인용을 다른 도구용으로 씁니다: CSV 표(csv: events, figures-csv, quotes-csv), 추출 JSON(json), iCalendar(ics), TimelineJS(timelinejs). 모든 사실은 원문 위치를 유지합니다.</translation>
    </message>
    <message>
        <source>One of: %1.</source>
        <translation>다음 중 하나: %1.</translation>
    </message>
    <message>
        <source>File to write (default: standard output).</source>
        <translation>쓸 파일(기본값: 표준 출력).</translation>
    </message>
    <message>
        <source>Title of a TimelineJS timeline.</source>
        <translation>TimelineJS 타임라인의 제목.</translation>
    </message>
    <message>
        <source>Publication date of inputs that give none.</source>
        <translation>발행일이 없는 입력에 줄 발행일.</translation>
    </message>
    <message>
        <source>--format is missing (one of: %1)</source>
        <translation>--format이 없습니다(다음 중 하나: %1)</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (one of: %2)</source>
        <translation>알 수 없는 형식 &quot;%1&quot;(다음 중 하나: %2)</translation>
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
        <source>Newsline timeline</source>
        <translation>Newsline 타임라인</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1을(를) 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>cannot write to standard output</source>
        <translation>표준 출력에 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Keeps the exchange rates current. `rates status` says how old the rates in use are; `rates update` downloads the ECB&apos;s full history (or reads --from FILE|URL), checks it and stores it in your data folder; the bundled table is never changed and stays the fallback.

%1</source>
        <translation>환율을 최신으로 유지합니다. `rates status`는 사용 중인 환율이 얼마나 오래되었는지 알려 주고, `rates update`는 ECB의 전체 기록을 내려받아(또는 --from 파일|URL을 읽어) 검사한 뒤 데이터 폴더에 저장합니다. 함께 제공된 표는 바뀌지 않으며 대체용으로 남습니다.

%1</translation>
    </message>
    <message>
        <source>A file or URL of the ECB&apos;s eurofxref-hist (CSV or zip).</source>
        <translation>ECB eurofxref-hist의 파일 또는 URL(CSV 또는 zip).</translation>
    </message>
    <message>
        <source>status or update.</source>
        <translation>status 또는 update.</translation>
    </message>
    <message>
        <source>newsline rates: say status or update (see --help)</source>
        <translation>newsline rates: status 또는 update를 지정하세요(--help 참고)</translation>
    </message>
    <message>
        <source>newsline rates: %1: %2; the rates in use are kept</source>
        <translation>newsline rates: %1: %2; 사용 중인 환율을 유지합니다</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>%1 내려받는 중…</translation>
    </message>
    <message>
        <source>newsline rates: %1; the rates in use are kept (%2)</source>
        <translation>newsline rates: %1; 사용 중인 환율을 유지합니다(%2)</translation>
    </message>
    <message>
        <source>Stored rates up to %1 in %2; articles read from now on get dollar values at them, and a workspace&apos;s figures without one get one when it is next opened or imported into.</source>
        <translation>%1까지의 환율을 %2에 저장했습니다. 이제부터 읽는 기사는 이 환율로 달러 값을 받고, 작업 공간에서 달러 값이 없던 금액은 다음에 열거나 가져올 때 받습니다.</translation>
    </message>
    <message>
        <source>is not a regular file (a pipe, device or socket); only article files are read</source>
        <translation>일반 파일이 아닙니다(파이프, 장치 또는 소켓). 기사 파일만 읽습니다</translation>
    </message>
    <message>
        <source>file is %1 bytes, over the limit of %2 bytes (%3 MiB) for one article</source>
        <translation>파일이 %1바이트로, 기사 하나의 한도 %2바이트(%3 MiB)를 넘습니다</translation>
    </message>
    <message>
        <source>file grew past the limit of %1 bytes (%2 MiB) for one article while it was read</source>
        <translation>읽는 동안 파일이 기사 하나의 한도 %1바이트(%2 MiB)를 넘었습니다</translation>
    </message>
    <message>
        <source>newsline copy-workspace: --batch-size &quot;%1&quot; is not a positive number</source>
        <translation>newsline copy-workspace: --batch-size &quot;%1&quot;은(는) 양수가 아닙니다</translation>
    </message>
    <message>
        <source>Copying: %1/%2 articles</source>
        <translation>복사 중: 기사 %1/%2</translation>
    </message>
    <message>
        <source>stopped: %1; the batches copied before are kept</source>
        <translation>중단됨: %1. 앞서 복사한 묶음은 유지됩니다</translation>
    </message>
    <message>
        <source>The workspace file (.newsline), or a team workspace (postgresql://...).</source>
        <translation>작업 공간 파일(.newsline) 또는 팀 작업 공간(postgresql://...).</translation>
    </message>
    <message>
        <source>Copies a workspace into another: a workspace file to a team workspace on a PostgreSQL server, a team workspace to a file, or one file into another. Articles go with their extraction, the analyst&apos;s corrections with them; an article already there (the same content) and a correction already there are not copied twice, so copying again, or from several analysts, adds only what is new. A file destination is created when missing. The password comes from ~/.pgpass, PGPASSWORD or a libpq service, never from the command line.</source>
        <translation>작업 공간을 다른 작업 공간으로 복사합니다. 작업 공간 파일을 PostgreSQL 서버의 팀 작업 공간으로, 팀 작업 공간을 파일로, 또는 한 파일을 다른 파일로 복사할 수 있습니다. 기사는 추출 결과와 함께, 분석가의 수정은 해당 기사와 함께 복사됩니다. 이미 있는 기사(같은 내용)와 이미 있는 수정은 두 번 복사되지 않으므로, 다시 복사하거나 여러 분석가가 복사해도 새 것만 추가됩니다. 대상 파일이 없으면 새로 만듭니다. 비밀번호는 ~/.pgpass, PGPASSWORD 또는 libpq 서비스에서 가져오며 명령줄에서는 받지 않습니다.</translation>
    </message>
    <message>
        <source>Articles per transaction (default %1).</source>
        <translation>트랜잭션당 기사 수(기본값 %1).</translation>
    </message>
    <message>
        <source>The workspace to copy: a file (.newsline) or postgresql://...</source>
        <translation>복사할 작업 공간: 파일(.newsline) 또는 postgresql://...</translation>
    </message>
    <message>
        <source>The workspace to copy into: postgresql://user@host:port/database[?sslmode=...], or a file.</source>
        <translation>복사해 넣을 작업 공간: postgresql://사용자@호스트:포트/데이터베이스[?sslmode=...] 또는 파일.</translation>
    </message>
    <message>
        <source>newsline copy-workspace: give the workspace to copy and the one to copy into (see --help)</source>
        <translation>newsline copy-workspace: 복사할 작업 공간과 복사해 넣을 작업 공간을 지정하세요(--help 참조)</translation>
    </message>
    <message>
        <source>%1 articles added, %2 updated, %3 already there, %4 corrections added; %5 holds %6 articles.</source>
        <translation>기사 %1건 추가, %2건 갱신, %3건은 이미 있음, 수정 %4건 추가. %5에 기사 %6건이 있습니다.</translation>
    </message>
    <message>
        <source>A workspace file (.newsline) or team workspace (postgresql://...), or article files or folders.</source>
        <translation>작업 공간 파일(.newsline)이나 팀 작업 공간(postgresql://...), 또는 기사 파일이나 폴더.</translation>
    </message>
</context>
<context>
    <name>Newsline::ArticleReader</name>
    <message>
        <source>no such file or folder</source>
        <translation>파일이나 폴더가 없습니다</translation>
    </message>
    <message>
        <source>is a folder, not an article file</source>
        <translation>기사 파일이 아니라 폴더입니다</translation>
    </message>
    <message>
        <source>cannot be opened: %1</source>
        <translation>열 수 없습니다: %1</translation>
    </message>
    <message>
        <source>empty file</source>
        <translation>빈 파일입니다</translation>
    </message>
    <message>
        <source>file holds only white space</source>
        <translation>파일에 공백만 있습니다</translation>
    </message>
    <message>
        <source>binary file, not text (NUL byte at byte offset %1)</source>
        <translation>텍스트가 아닌 바이너리 파일입니다(바이트 오프셋 %1에 NUL 바이트)</translation>
    </message>
    <message>
        <source>not valid UTF-8 (invalid byte 0x%1 at byte offset %2)</source>
        <translation>올바른 UTF-8이 아닙니다(바이트 오프셋 %2에 잘못된 바이트 0x%1)</translation>
    </message>
    <message>
        <source>front matter opened on line 1 is never closed with &quot;---&quot;</source>
        <translation>1행에서 시작한 머리말이 &quot;---&quot;로 닫히지 않습니다</translation>
    </message>
    <message>
        <source>line %1: front matter line is not &quot;key: value&quot;</source>
        <translation>%1행: 머리말 줄이 &quot;키: 값&quot; 형식이 아닙니다</translation>
    </message>
    <message>
        <source>line %1: malformed date &quot;%2&quot; for %3 (expected YYYY-MM-DD)</source>
        <translation>%1행: %3의 날짜 &quot;%2&quot; 형식이 잘못되었습니다(YYYY-MM-DD 형식)</translation>
    </message>
    <message>
        <source>article has no text after its front matter</source>
        <translation>머리말 뒤에 기사 본문이 없습니다</translation>
    </message>
    <message>
        <source>symbolic link that leads nowhere (its target is missing or a loop)</source>
        <translation>아무 데도 가리키지 않는 심볼릭 링크(대상이 없거나 순환)</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>binary data in the web archive&apos;s HTML part</source>
        <translation>웹 아카이브의 HTML 부분에 이진 데이터가 있습니다</translation>
    </message>
    <message>
        <source>web page holds no article text</source>
        <translation>웹 페이지에 기사 본문이 없습니다</translation>
    </message>
    <message>
        <source>web page holds only site furniture (menus, links, notices), no article text</source>
        <translation>웹 페이지에 사이트 장식(메뉴, 링크, 안내)만 있고 기사 본문이 없습니다</translation>
    </message>
    <message>
        <source>its only item %1</source>
        <translation>유일한 항목이 %1</translation>
    </message>
    <message>
        <source>none of the feed&apos;s %1 items has text</source>
        <translation>피드의 항목 %1개 모두 본문이 없습니다</translation>
    </message>
    <message>
        <source>cannot be read: permission denied</source>
        <translation>읽을 수 없습니다: 권한이 없습니다</translation>
    </message>
    <message>
        <source>folder holds no article files (%1)</source>
        <translation>폴더에 기사 파일이 없습니다(%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>파일 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feed item(s)</source>
        <translation>
            <numerusform>피드 항목 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <extracomment>%1 a number of files, %2 a number of items of RSS or Atom feeds</extracomment>
        <translation>%1 및 %2</translation>
    </message>
</context>
<context>
    <name>Newsline::ArticleSearchPanel</name>
    <message>
        <source>Article search</source>
        <translation>기사 검색</translation>
    </message>
    <message>
        <source>&amp;Find in articles:</source>
        <translation>기사에서 찾기(&amp;F):</translation>
    </message>
    <message>
        <source>words or &quot;a phrase&quot;</source>
        <translation>단어 또는 &quot;구문&quot;</translation>
    </message>
    <message>
        <source>Search articles</source>
        <translation>기사 검색</translation>
    </message>
    <message>
        <source>Articles found</source>
        <translation>찾은 기사</translation>
    </message>
    <message>
        <source>Article search works on a workspace. To make one from the articles you have open, choose File → Save Workspace As…</source>
        <translation>기사 검색은 작업 공간에서 동작합니다. 열려 있는 기사로 작업 공간을 만들려면 파일 → 다른 이름으로 작업 공간 저장…을 선택하십시오.</translation>
    </message>
    <message>
        <source>Type words to find the articles that contain them; put &quot;quotes&quot; around a phrase.</source>
        <translation>단어를 입력하면 그 단어가 들어 있는 기사를 찾습니다. 구문은 &quot;따옴표&quot;로 묶으십시오.</translation>
    </message>
    <message>
        <source>No article contains “%1”.</source>
        <translation>“%1”이(가) 들어 있는 기사가 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>기사 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s), the best %1 shown</source>
        <translation>
            <numerusform>기사 %n건 중 상위 %1건 표시</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsline::ArticleTextView</name>
    <message>
        <source>Article text</source>
        <translation>기사 본문</translation>
    </message>
    <message>
        <source>Source unknown</source>
        <translation>출처 미상</translation>
    </message>
    <message>
        <source>published %1</source>
        <translation>%1 게재</translation>
    </message>
    <message>
        <source>publication date unknown</source>
        <translation>게재일 미상</translation>
    </message>
    <message>
        <source>translated from %1</source>
        <translation>번역됨(원어: %1)</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>메모: %1</translation>
    </message>
    <message>
        <source>Quote (speaker unknown)</source>
        <translation>인용(발언자 미상)</translation>
    </message>
    <message>
        <source>Quote: %1</source>
        <translation>인용: %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>날짜: %1</translation>
    </message>
    <message>
        <source>Money: %1 %2</source>
        <translation>금액: %1 %2</translation>
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
    <message>
        <source>The %1 companies with the most deals of the period, one lane each.</source>
        <translation>기간 중 거래가 가장 많은 기업 %1곳, 기업마다 한 줄.</translation>
    </message>
    <message>
        <source>Not drawn: %1 more companies, %2 events; see the event list.</source>
        <translation>표시하지 않음: 기업 %1곳, 이벤트 %2건 더 있음. 이벤트 목록 참조.</translation>
    </message>
    <message>
        <source>Deal amounts, largest first, in US dollars at the exchange rate of the deal&apos;s date; the amount as the story gives it and the price of one share stay beside. Deals: %1.</source>
        <translation>거래 금액(큰 순서), 거래일 환율 기준 미국 달러. 기사에 적힌 금액과 주당 가격을 함께 표시. 거래: %1건.</translation>
    </message>
    <message>
        <source>The chart compares the %1 largest; the table lists all.</source>
        <translation>그래프는 상위 %1건을 비교하고 표는 전부 나열합니다.</translation>
    </message>
    <message>
        <source>Amounts without a known dollar rate, at the end of the table: %1.</source>
        <translation>달러 환율을 알 수 없는 금액(표 끝에 표시): %1건.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>거래</translation>
    </message>
    <message>
        <source>Per share</source>
        <translation>주당</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>명시되지 않음</translation>
    </message>
    <message>
        <source>no dollar rate known (not compared)</source>
        <translation>달러 환율 모름(비교 제외)</translation>
    </message>
    <message>
        <source>Other amounts the articles cite (no deal&apos;s amount)</source>
        <translation>기사에 언급된 기타 금액(거래 금액 아님)</translation>
    </message>
    <message>
        <source>Sample article bundled with Newsline: %1</source>
        <translation>Newsline에 포함된 예제 기사: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exchange rates: ECB reference rates to %1, %n day(s) before this briefing; the ECB has none before 1999.</source>
        <translation>
            <numerusform>환율: %1까지의 ECB 기준 환율, 이 브리핑보다 %n일 전; ECB는 1999년 이전 환율을 발표하지 않습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>no ECB rate before 1999</source>
        <translation>1999년 이전 ECB 환율 없음</translation>
    </message>
    <message>
        <source>newer than the rates (to %1)</source>
        <translation>환율보다 최근(%1까지)</translation>
    </message>
    <message>
        <source>The chart compares the %1 largest; the table lists the %2 largest.</source>
        <translation>그래프는 상위 %1건을 비교하고 표는 상위 %2건을 나열합니다.</translation>
    </message>
    <message>
        <source>Amounts without a known dollar rate: %1; the first %2 close the table.</source>
        <translation>달러 환율을 알 수 없는 금액: %1건. 그중 처음 %2건이 표 끝에 있습니다.</translation>
    </message>
    <message>
        <source>Not in the table: %1 more deals with a smaller amount or without a dollar rate. The workspace lists every one, and File → Export… or newsline export writes them all.</source>
        <translation>표에 없는 거래: 금액이 더 작거나 달러 환율이 없는 %1건. 작업 공간에 모두 있으며, 파일 → 내보내기… 또는 newsline export로 모두 내보낼 수 있습니다.</translation>
    </message>
    <message>
        <source>Other amounts the articles cite, no deal&apos;s amount (assets, earnings, prices): %1; the workspace lists every one.</source>
        <translation>기사에 언급된 기타 금액(거래 금액 아님: 자산, 이익, 가격): %1건. 작업 공간에 모두 있습니다.</translation>
    </message>
    <message>
        <source>The table lists the %1 largest of %2 figures.</source>
        <translation>표는 금액 %2건 중 상위 %1건을 나열합니다.</translation>
    </message>
    <message>
        <source>Not in the table: %1 smaller figures or figures without a dollar rate. The workspace lists every one, and File → Export… or newsline export writes them all.</source>
        <translation>표에 없는 금액: 더 작거나 달러 환율이 없는 %1건. 작업 공간에 모두 있으며, 파일 → 내보내기… 또는 newsline export로 모두 내보낼 수 있습니다.</translation>
    </message>
    <message>
        <source>%1 of %2 quotations, from the stories behind the events that rank first; the window&apos;s quote search finds every one.</source>
        <translation>인용 %2건 중 %1건(상위 사건을 보도한 기사에서 뽑음). 창의 인용 검색으로 모두 찾을 수 있습니다.</translation>
    </message>
    <message>
        <source>The %1 events that rank first, of %2: main deals before events recalled in passing, by dollar amount, by number of sources and by recency; listed by date. The workspace and its exports hold every event.</source>
        <translation>사건 %2건 중 상위 %1건: 주요 거래를 지나가며 언급된 사건보다 먼저, 달러 금액, 출처 수, 최신 순으로 고르고 날짜순으로 나열합니다. 모든 사건은 작업 공간과 내보내기에 있습니다.</translation>
    </message>
    <message>
        <source>The %1 articles cited above, of %2 read; every article is in the workspace.</source>
        <translation>읽은 기사 %2건 중 위에서 인용한 %1건. 모든 기사는 작업 공간에 있습니다.</translation>
    </message>
    <message>
        <source>Labels left out where markers crowd: %1; the window&apos;s timeline shows every event.</source>
        <translation>표시가 몰려 생략된 라벨: %1개. 창의 타임라인에는 모든 사건이 표시됩니다.</translation>
    </message>
    <message>
        <source>type</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>parties</source>
        <translation>당사자</translation>
    </message>
    <message>
        <source>main or background</source>
        <translation>주요 또는 배경</translation>
    </message>
    <message>
        <source>note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>merged from several events</source>
        <translation>여러 사건을 병합</translation>
    </message>
    <message>
        <source>split from another event</source>
        <translation>다른 사건에서 분리</translation>
    </message>
    <message>
        <source>added from the text</source>
        <translation>본문에서 추가</translation>
    </message>
    <message>
        <source>✎ Set by the analyst on %1: %2</source>
        <translation>✎ 분석가가 %1에 설정: %2</translation>
    </message>
    <message>
        <source>names of merged entities</source>
        <translation>병합된 개체 이름</translation>
    </message>
    <message>
        <source>✎ Analyst&apos;s note: %1</source>
        <translation>✎ 분석가 메모: %1</translation>
    </message>
</context>
<context>
    <name>Newsline::BriefingFormat</name>
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
        <source>the week of %1</source>
        <translation>%1 주</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>currency code and amount</comment>
        <translation>%1 %2</translation>
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
        <source>%1, %2&apos;s investment in %4 stood at a total of %3</source>
        <extracomment>%1 a date phrase (&quot;On 27 February 2024&quot;), %2 the investor, %3 the amount, %4 the company invested in</extracomment>
        <translation>%1 %2의 %4 투자 누적액은 총 %3였다</translation>
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
        <source>Further events, in the event list: %1.</source>
        <translation>사건 목록의 나머지 사건: %1건.</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>파트너십</translation>
    </message>
    <message>
        <source>Investments</source>
        <translation>투자</translation>
    </message>
    <message>
        <source>Valuations</source>
        <translation>기업가치 평가</translation>
    </message>
    <message>
        <source>Launches</source>
        <translation>출시</translation>
    </message>
    <message>
        <source>Foundings</source>
        <translation>설립</translation>
    </message>
    <message>
        <source>Acquisitions</source>
        <translation>인수</translation>
    </message>
    <message>
        <source>Announcements</source>
        <translation>발표</translation>
    </message>
    <message>
        <source>Regulatory actions</source>
        <translation>규제 조치</translation>
    </message>
    <message>
        <source>Other events</source>
        <translation>기타 이벤트</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>first and last month of a period</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <comment>companies, types and period</comment>
        <extracomment>%1 companies, %2 event types (&quot;Acquisitions and investments&quot;), %3 the period</extracomment>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <source>%1: deals and events, %2</source>
        <translation>%1: 거래 및 이벤트, %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>event types and period</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Deals and events of %1 companies, %2</source>
        <extracomment>%1 the number of companies, %2 the period</extracomment>
        <translation>기업 %1곳의 거래 및 이벤트, %2</translation>
    </message>
    <message>
        <source>Events of %1 companies, %2</source>
        <translation>기업 %1곳의 이벤트, %2</translation>
    </message>
    <message>
        <source>%1 (%2 a share)</source>
        <extracomment>%1 a deal&apos;s amount, %2 the price of one share</extracomment>
        <translation>%1 (주당 %2)</translation>
    </message>
    <message>
        <source>%1, %2 agreed to merge with %3 in a deal worth %4</source>
        <translation>%1 %2은(는) %3과(와) %4 규모의 합병에 합의했다</translation>
    </message>
    <message>
        <source>%1, %2 agreed to acquire %3 for %4</source>
        <translation>%1 %2은(는) %3을(를) %4에 인수하기로 합의했다</translation>
    </message>
    <message>
        <source>%1, %2 partnered with %3 in a deal worth %4</source>
        <translation>%1 %2은(는) %3과(와) %4 규모의 제휴를 맺었다</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Events they report: %1, of which main deals: %2.</source>
        <translation>보도된 이벤트: %1건, 그중 주요 거래: %2건.</translation>
    </message>
    <message>
        <source>Deals with a disclosed amount: %1, together worth %2.</source>
        <translation>금액이 공개된 거래: %1건, 합계 %2.</translation>
    </message>
    <message>
        <source>Amounts without a known dollar rate, not counted: %1.</source>
        <translation>달러 환율을 알 수 없어 합계에서 뺀 금액: %1건.</translation>
    </message>
    <message>
        <source>The largest deal: %1</source>
        <translation>최대 거래: %1</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>%1 (%2 deals: events %3)</source>
        <extracomment>%1 a company, %2 its number of deals, %3 the numbers of the first ones in the event list</extracomment>
        <translation>%1(거래 %2건: 이벤트 %3)</translation>
    </message>
    <message>
        <source>Most active companies: %1.</source>
        <translation>가장 활발한 기업: %1.</translation>
    </message>
    <message>
        <source>%1 (%2 deals)</source>
        <extracomment>%1 a company, %2 its number of deals (none of them in the briefing&apos;s shortened event list)</extracomment>
        <translation>%1(거래 %2건)</translation>
    </message>
    <message>
        <source>Further events: %1. The event list details the %2 that rank first; the workspace and its exports hold every one.</source>
        <translation>나머지 사건: %1건. 사건 목록은 상위 %2건을 자세히 다루며, 모든 사건은 작업 공간과 내보내기에 있습니다.</translation>
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
    <name>Newsline::DateFormat</name>
    <message>
        <source>d MMM yyyy</source>
        <comment>Qt date format: day, short month, year</comment>
        <translation>yyyy년 M월 d일</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <comment>Qt date format: short month, year</comment>
        <translation>yyyy년 M월</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>Qt date format: day, short month</comment>
        <translation>M월 d일</translation>
    </message>
    <message>
        <source>MMM</source>
        <comment>Qt date format: short month alone</comment>
        <translation>M월</translation>
    </message>
</context>
<context>
    <name>Newsline::EntityMergeDialog</name>
    <message>
        <source>Merge Entities</source>
        <translation>개체 병합</translation>
    </message>
    <message>
        <source>Check the names that stand for one company or person; they are shown by one name everywhere, and quote search by person finds any of them.</source>
        <translation>하나의 회사나 인물을 가리키는 이름들을 선택하세요. 어디서나 하나의 이름으로 표시되며, 인물별 인용 검색은 그중 어느 이름으로도 찾습니다.</translation>
    </message>
    <message>
        <source>Type to narrow the list</source>
        <translation>입력하여 목록 좁히기</translation>
    </message>
    <message>
        <source>Filter names</source>
        <translation>이름 필터</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>찾기(&amp;F):</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>&amp;Names:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>Name shown</source>
        <translation>표시 이름</translation>
    </message>
    <message>
        <source>&amp;Shown as:</source>
        <translation>표시 이름(&amp;S):</translation>
    </message>
</context>
<context>
    <name>Newsline::EventEditDialog</name>
    <message>
        <source>buyer</source>
        <translation>인수자</translation>
    </message>
    <message>
        <source>bought</source>
        <translation>피인수</translation>
    </message>
    <message>
        <source>seller</source>
        <translation>매도자</translation>
    </message>
    <message>
        <source>investor</source>
        <translation>투자자</translation>
    </message>
    <message>
        <source>funded</source>
        <translation>피투자</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>파트너</translation>
    </message>
    <message>
        <source>valued</source>
        <translation>가치 평가 대상</translation>
    </message>
    <message>
        <source>regulator</source>
        <translation>규제 기관</translation>
    </message>
    <message>
        <source>other</source>
        <translation>기타</translation>
    </message>
    <message>
        <source>&amp;Dated</source>
        <translation>날짜 있음(&amp;D)</translation>
    </message>
    <message>
        <source>Only &amp;reported then: it happened on or before</source>
        <translation>그때 보도만 됨: 그 날짜 또는 이전에 발생(&amp;R)</translation>
    </message>
    <message>
        <source>Edit Event</source>
        <translation>사건 편집</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>사건 유형</translation>
    </message>
    <message>
        <source>Event date</source>
        <translation>사건 날짜</translation>
    </message>
    <message>
        <source>day</source>
        <translation>일</translation>
    </message>
    <message>
        <source>week</source>
        <translation>주</translation>
    </message>
    <message>
        <source>month</source>
        <translation>월</translation>
    </message>
    <message>
        <source>year</source>
        <translation>연도</translation>
    </message>
    <message>
        <source>Date precision</source>
        <translation>날짜 정밀도</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>당사자</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>Parties and their roles</source>
        <translation>당사자와 역할</translation>
    </message>
    <message>
        <source>&amp;Add Party</source>
        <translation>당사자 추가(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;move Party</source>
        <translation>당사자 제거(&amp;M)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Deal amount</source>
        <translation>거래 금액</translation>
    </message>
    <message>
        <source>the news</source>
        <translation>주요 뉴스</translation>
    </message>
    <message>
        <source>recalled in passing (background)</source>
        <translation>지나가며 언급됨(배경)</translation>
    </message>
    <message>
        <source>Main or background</source>
        <translation>주요 또는 배경</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Why the analyst changed it (optional)</source>
        <translation>분석가가 바꾼 이유(선택)</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>유형(&amp;T):</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>날짜:</translation>
    </message>
    <message>
        <source>Parties:</source>
        <translation>당사자:</translation>
    </message>
    <message>
        <source>A&amp;mount:</source>
        <translation>금액(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation>비중(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>메모(&amp;N):</translation>
    </message>
    <message>
        <source>Party name</source>
        <translation>당사자 이름</translation>
    </message>
    <message>
        <source>Party role</source>
        <translation>당사자 역할</translation>
    </message>
</context>
<context>
    <name>Newsline::EventFilterBar</name>
    <message>
        <source>Event filter</source>
        <translation>사건 필터</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>필터(&amp;F):</translation>
    </message>
    <message>
        <source>words, 1987-03, &gt; 1B</source>
        <translation>단어, 1987-03, &gt; 1B</translation>
    </message>
    <message>
        <source>Every word must match: a date (1987, 1987-03), an amount in US dollars (&gt; 1B, &lt;= 500M, 2.17B), a company, a type or the article&apos;s wording</source>
        <translation>모든 단어가 일치해야 합니다: 날짜(1987, 1987-03), 미국 달러 금액(&gt; 1B, &lt;= 500M, 2.17B), 회사, 유형 또는 기사의 표현</translation>
    </message>
    <message>
        <source>Filter text</source>
        <translation>필터 텍스트</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>모든 유형</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>사건 유형</translation>
    </message>
    <message>
        <source>All companies</source>
        <translation>모든 회사</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>회사</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>기간(&amp;P):</translation>
    </message>
    <message>
        <source>1987 or 1987-01..1987-06</source>
        <translation>1987 또는 1987-01..1987-06</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>기간</translation>
    </message>
    <message>
        <source>&amp;Main events only</source>
        <translation>주요 사건만(&amp;M)</translation>
    </message>
    <message>
        <source>Leave out events the articles only recall in passing</source>
        <translation>기사가 지나가며 언급만 하는 사건은 제외합니다</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>사건 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n event(s)</source>
        <translation>
            <numerusform>사건 %n건 중 %1건</numerusform>
        </translation>
    </message>
    <message>
        <source>period not understood</source>
        <translation>기간을 알아볼 수 없음</translation>
    </message>
</context>
<context>
    <name>Newsline::EventListModel</name>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>관련 주체</translation>
    </message>
    <message>
        <source>Amount (USD)</source>
        <translation>금액(USD)</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>partnership</source>
        <translation>파트너십</translation>
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
        <source>regulatory</source>
        <translation>규제</translation>
    </message>
    <message>
        <source>other</source>
        <translation>기타</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>날짜 없음</translation>
    </message>
    <message>
        <source>date from the text</source>
        <translation>본문의 날짜</translation>
    </message>
    <message>
        <source>dated by publication</source>
        <translation>게재일 기준</translation>
    </message>
    <message>
        <source>date set by an analyst</source>
        <translation>분석가가 정한 날짜</translation>
    </message>
    <message>
        <source>Set by the analyst%1 on %2; as extracted: %3</source>
        <translation>분석가%1가 %2에 설정; 추출된 값: %3</translation>
    </message>
    <message>
        <source>no event</source>
        <translation>사건 없음</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>메모: %1</translation>
    </message>
    <message>
        <source>week of %1</source>
        <translation>%1 주</translation>
    </message>
</context>
<context>
    <name>Newsline::EventSummary</name>
    <message>
        <source>%1 trillion</source>
        <translation>%1조</translation>
    </message>
    <message>
        <source>%1 billion</source>
        <translation>%1십억</translation>
    </message>
    <message>
        <source>%1 million</source>
        <translation>%1백만</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 및 %2</translation>
    </message>
    <message>
        <source>%1 invests %2 in %3</source>
        <translation>%1, %3에 %2 투자</translation>
    </message>
    <message>
        <source>%1 invests in %2</source>
        <translation>%1, %2에 투자</translation>
    </message>
    <message>
        <source>%1 invests %2</source>
        <translation>%1, %2 투자</translation>
    </message>
    <message>
        <source>%1 invests</source>
        <translation>%1 투자</translation>
    </message>
    <message>
        <source>%1 partners with %2</source>
        <translation>%1, %2와(과) 제휴</translation>
    </message>
    <message>
        <source>Valuation of %1</source>
        <translation>%1 기업가치 평가</translation>
    </message>
    <message>
        <source>%1 valued at %2</source>
        <translation>%1, 기업가치 %2로 평가</translation>
    </message>
    <message>
        <source>Launch by %1</source>
        <translation>%1 출시</translation>
    </message>
    <message>
        <source>%1 launches %2</source>
        <translation>%1, %2 출시</translation>
    </message>
    <message>
        <source>%1 founded</source>
        <translation>%1 설립</translation>
    </message>
    <message>
        <source>%1 founded by %2</source>
        <translation>%2, %1 설립</translation>
    </message>
    <message>
        <source>Acquisition involving %1</source>
        <translation>%1 관련 인수</translation>
    </message>
    <message>
        <source>Acquisition involving %1 for %2</source>
        <translation>%1 관련 인수(%2)</translation>
    </message>
    <message>
        <source>%1 acquires %2</source>
        <translation>%1, %2 인수</translation>
    </message>
    <message>
        <source>Announcement by %1</source>
        <translation>%1 발표</translation>
    </message>
    <message>
        <source>Regulatory action involving %1</source>
        <translation>%1 관련 규제 조치</translation>
    </message>
    <message>
        <source>Regulatory action involving %1 (%2 fine)</source>
        <translation>%1 관련 규제 조치(벌금 %2)</translation>
    </message>
    <message>
        <source>Event involving %1</source>
        <translation>%1 관련 사건</translation>
    </message>
    <message>
        <source>(before %1)</source>
        <translation>(%1 이전)</translation>
    </message>
    <message>
        <source>(also reported: %1)</source>
        <translation>(다른 보도: %1)</translation>
    </message>
    <message>
        <source>%1 announces %2</source>
        <translation>%1, %2 발표</translation>
    </message>
    <message>
        <source>%1 raises %2</source>
        <translation>%1, %2 조달</translation>
    </message>
    <message>
        <source>%1 raises %2 from %3</source>
        <translation>%1, %3에서 %2 조달</translation>
    </message>
    <message>
        <source>%1 raises funds</source>
        <translation>%1, 자금 조달</translation>
    </message>
    <message>
        <source>%1 raises funds from %2</source>
        <translation>%1, %2에서 자금 조달</translation>
    </message>
    <message>
        <source>%1 merges with %2</source>
        <translation>%1, %2와(과) 합병</translation>
    </message>
    <message>
        <source>%1 merges with %2 (%3 deal)</source>
        <translation>%1, %2와(과) 합병 (%3 규모 거래)</translation>
    </message>
    <message>
        <source>%1 a share</source>
        <translation>주당 %1</translation>
    </message>
    <message>
        <source>%1&apos;s investment in %2 so far</source>
        <translation>%1의 %2 누적 투자</translation>
    </message>
    <message>
        <source>%1&apos;s investment in %2 totals %3</source>
        <translation>%1의 %2 투자 총액 %3</translation>
    </message>
    <message>
        <source>%1 sells a stake</source>
        <translation>%1, 지분 매각</translation>
    </message>
    <message>
        <source>%1 sells a stake for %2</source>
        <translation>%1, %2에 지분 매각</translation>
    </message>
    <message>
        <source>%1 sells a stake in %2</source>
        <translation>%1, %2 지분 매각</translation>
    </message>
    <message>
        <source>%1 sells a stake in %2 for %3</source>
        <translation>%1, %2 지분을 %3에 매각</translation>
    </message>
    <message>
        <source>%1 buys a stake in %2 from %3</source>
        <translation>%1, %3에서 %2 지분 인수</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1(%2)</translation>
    </message>
    <message>
        <source>%1 announces a partnership</source>
        <translation>%1, 파트너십 발표</translation>
    </message>
    <message>
        <source>%1 acquires %2 from %3</source>
        <translation>%1, %3에서 %2 인수</translation>
    </message>
    <message>
        <source>%1 buys a business of %2</source>
        <translation>%1, %2의 사업 부문 인수</translation>
    </message>
    <message>
        <source>%1 buys a business of %2 for %3</source>
        <translation>%1, %2의 사업 부문을 %3에 인수</translation>
    </message>
    <message>
        <source>Sale by %1</source>
        <translation>%1 매각</translation>
    </message>
    <message>
        <source>Acquisition of %1</source>
        <translation>%1 인수</translation>
    </message>
    <message>
        <source>Acquisition of %1 from %2</source>
        <translation>%2에서 %1 인수</translation>
    </message>
    <message>
        <source>(as of %1)</source>
        <translation>(%1 기준)</translation>
    </message>
</context>
<context>
    <name>Newsline::EventTablePanel</name>
    <message>
        <source>Event list</source>
        <translation>사건 목록</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>사건</translation>
    </message>
</context>
<context>
    <name>Newsline::FeedReader</name>
    <message>
        <source>has no text</source>
        <translation>본문이 없습니다</translation>
    </message>
    <message>
        <source>(&quot;%1&quot;) has no text</source>
        <translation>(&quot;%1&quot;) 본문이 없습니다</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>%1행 %2열: %3</translation>
    </message>
    <message>
        <source>no XML element in the file</source>
        <translation>파일에 XML 요소가 없습니다</translation>
    </message>
    <message>
        <source>not an RSS or Atom feed (its root element is &lt;%1&gt;)</source>
        <translation>RSS나 Atom 피드가 아닙니다(루트 요소가 &lt;%1&gt;)</translation>
    </message>
    <message>
        <source>Atom feed holds no entries</source>
        <translation>Atom 피드에 항목이 없습니다</translation>
    </message>
    <message>
        <source>RSS feed holds no items</source>
        <translation>RSS 피드에 항목이 없습니다</translation>
    </message>
</context>
<context>
    <name>Newsline::FigureChartView</name>
    <message>
        <source>Figure comparison chart</source>
        <translation>금액 비교 그래프</translation>
    </message>
    <message>
        <source>&amp;All figures</source>
        <translation>모든 금액(&amp;A)</translation>
    </message>
    <message>
        <source>Show the figures of every event, not only of the selected ones</source>
        <translation>선택한 사건뿐 아니라 모든 사건의 금액을 표시합니다</translation>
    </message>
    <message>
        <source>&amp;Log scale</source>
        <translation>로그 눈금(&amp;L)</translation>
    </message>
    <message>
        <source>A logarithmic dollar scale, for amounts of very different sizes</source>
        <translation>규모가 크게 다른 금액을 비교하기 위한 달러 로그 눈금</translation>
    </message>
    <message>
        <source>Money figures in US dollars</source>
        <translation>미국 달러 기준 금액</translation>
    </message>
    <message>
        <source>US dollars</source>
        <translation>미국 달러</translation>
    </message>
    <message>
        <source>No money figures among the events shown.</source>
        <translation>표시된 사건에 금액이 없습니다.</translation>
    </message>
    <message>
        <source>&amp;Largest:</source>
        <translation>상위(&amp;L):</translation>
    </message>
    <message>
        <source>How many of the largest figures to show when no event is selected</source>
        <translation>선택한 사건이 없을 때 보여 줄 가장 큰 금액의 수</translation>
    </message>
    <message numerus="yes">
        <source>The %n largest figure(s) shown; </source>
        <translation>
            <numerusform>가장 큰 금액 %n개를 표시합니다. </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other figure(s) add up to %1.</source>
        <translation>
            <numerusform>나머지 금액 %n개의 합계는 %1입니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s) in other currencies have no exchange rate for their date and no bar.</source>
        <translation>
            <numerusform>다른 통화의 금액 %n개는 해당 날짜의 환율이 없어 막대로 표시하지 않습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsline::FigureModel</name>
    <message>
        <source>US dollars (billions)</source>
        <translation>미국 달러(십억)</translation>
    </message>
    <message>
        <source>US dollars (millions)</source>
        <translation>미국 달러(백만)</translation>
    </message>
    <message>
        <source>US dollars</source>
        <translation>미국 달러</translation>
    </message>
</context>
<context>
    <name>Newsline::HtmlReader</name>
    <message>
        <source>not valid UTF-16 although it starts with a UTF-16 byte order mark</source>
        <translation>UTF-16 바이트 순서 표시로 시작하지만 올바른 UTF-16이 아닙니다</translation>
    </message>
    <message>
        <source>not valid UTF-8 and no other character set declared</source>
        <translation>올바른 UTF-8이 아니며 다른 문자 집합도 선언되지 않았습니다</translation>
    </message>
    <message>
        <source>character set &quot;%1&quot; is not supported (UTF-8, UTF-16 and Latin-1 are)</source>
        <translation>문자 집합 &quot;%1&quot;은(는) 지원하지 않습니다(UTF-8, UTF-16, Latin-1 지원)</translation>
    </message>
</context>
<context>
    <name>Newsline::MainWindow</name>
    <message>
        <source>About Newsline</source>
        <translation>Newsline 정보</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Newsline&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Turns news articles into a verified timeline of dated events, money figures and quotes, each traced to its sentence.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Newsline&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;뉴스 기사를 날짜가 있는 사건, 금액, 인용으로 이루어진 검증된 타임라인으로 바꿉니다. 각 항목은 출처 문장까지 추적됩니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>최근 파일 열기(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Cancel Import</source>
        <translation>가져오기 취소(&amp;C)</translation>
    </message>
    <message>
        <source>Stop reading files; the corpus stays as it was</source>
        <translation>파일 읽기를 멈춥니다. 코퍼스는 그대로 유지됩니다</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>확대(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom the timeline in</source>
        <translation>타임라인을 확대합니다</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>축소(&amp;O)</translation>
    </message>
    <message>
        <source>Zoom the timeline out</source>
        <translation>타임라인을 축소합니다</translation>
    </message>
    <message>
        <source>&amp;Fit All</source>
        <translation>전체 보기(&amp;F)</translation>
    </message>
    <message>
        <source>Show every dated event on the timeline</source>
        <translation>날짜가 있는 모든 사건을 타임라인에 표시합니다</translation>
    </message>
    <message>
        <source>&amp;Log Scale for Figures</source>
        <translation>금액 로그 눈금(&amp;L)</translation>
    </message>
    <message>
        <source>Compare figures on a logarithmic dollar scale</source>
        <translation>달러 로그 눈금으로 금액을 비교합니다</translation>
    </message>
    <message>
        <source>&amp;All Figures</source>
        <translation>모든 금액(&amp;A)</translation>
    </message>
    <message>
        <source>Compare the figures of every event, not only the selected ones</source>
        <translation>선택한 사건뿐 아니라 모든 사건의 금액을 비교합니다</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>패널(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>이동(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Next Event</source>
        <translation>다음 사건(&amp;N)</translation>
    </message>
    <message>
        <source>Select the next event in date order</source>
        <translation>날짜순으로 다음 사건을 선택합니다</translation>
    </message>
    <message>
        <source>&amp;Previous Event</source>
        <translation>이전 사건(&amp;P)</translation>
    </message>
    <message>
        <source>Select the previous event in date order</source>
        <translation>날짜순으로 이전 사건을 선택합니다</translation>
    </message>
    <message>
        <source>Open &amp;Source</source>
        <translation>출처 열기(&amp;S)</translation>
    </message>
    <message>
        <source>Show the sentence the current event was read from</source>
        <translation>현재 사건을 읽어 낸 문장을 표시합니다</translation>
    </message>
    <message>
        <source>Filter &amp;Events…</source>
        <translation>사건 필터(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>타임라인(&amp;T)</translation>
    </message>
    <message>
        <source>Event &amp;List</source>
        <translation>사건 목록(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Figure Comparison</source>
        <translation>금액 비교(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quote Search</source>
        <translation>인용 검색(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Articles</source>
        <translation>기사(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Newsline</source>
        <translation>Newsline 정보(&amp;A)</translation>
    </message>
    <message>
        <source>Source Text</source>
        <translation>원문</translation>
    </message>
    <message>
        <source>Figure Comparison</source>
        <translation>금액 비교</translation>
    </message>
    <message>
        <source>Quote Search</source>
        <translation>인용 검색</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>기사</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>가져오기 진행률</translation>
    </message>
    <message>
        <source>Cancel the import (Esc)</source>
        <translation>가져오기 취소(Esc)</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>최근 파일 없음</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>목록 지우기(&amp;C)</translation>
    </message>
    <message>
        <source>Open Articles</source>
        <translation>기사 열기</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>폴더 열기</translation>
    </message>
    <message>
        <source>An import is already running; wait for it or cancel it (Esc).</source>
        <translation>이미 가져오기가 진행 중입니다. 끝날 때까지 기다리거나 취소하십시오(Esc).</translation>
    </message>
    <message>
        <source>Reading articles…</source>
        <translation>기사를 읽는 중…</translation>
    </message>
    <message>
        <source>%1 of %2 files</source>
        <translation>파일 %2개 중 %1개</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) added</source>
        <translation>
            <numerusform>기사 %n건 추가됨</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>기사 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>사건 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>The language will change the next time Newsline starts.</source>
        <translation>언어는 Newsline을 다음에 시작할 때 바뀝니다.</translation>
    </message>
    <message>
        <source>&amp;Export Briefing…</source>
        <translation>브리핑 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>Write a PDF briefing of the selected events (two or more), or of every event</source>
        <translation>선택한 사건(두 개 이상) 또는 모든 사건의 PDF 브리핑을 작성합니다</translation>
    </message>
    <message>
        <source>Export Briefing</source>
        <translation>브리핑 내보내기</translation>
    </message>
    <message>
        <source>briefing</source>
        <translation>브리핑</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 문서 (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the briefing…</source>
        <translation>브리핑을 작성하는 중…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Briefing export cancelled; no file was written.</source>
        <translation>브리핑 내보내기를 취소했습니다. 파일을 쓰지 않았습니다.</translation>
    </message>
    <message>
        <source>The briefing was not written.</source>
        <translation>브리핑을 작성하지 못했습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) extracted again by this version of Newsline.</source>
        <translation>
            <numerusform>이 버전의 Newsline으로 기사 %n건을 다시 추출했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>The workspace reported a problem.</source>
        <translation>작업 공간에서 문제가 보고되었습니다.</translation>
    </message>
    <message>
        <source>The folder is still watched.</source>
        <translation>폴더는 여전히 감시 중입니다.</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>새 작업 공간(&amp;N)…</translation>
    </message>
    <message>
        <source>Create an empty workspace file to import articles into</source>
        <translation>기사를 가져올 빈 작업 공간 파일을 만듭니다</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>작업 공간 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a workspace file (.newsline)</source>
        <translation>작업 공간 파일(.newsline)을 엽니다</translation>
    </message>
    <message>
        <source>Save Workspace &amp;As…</source>
        <translation>다른 이름으로 작업 공간 저장(&amp;A)…</translation>
    </message>
    <message>
        <source>Write what is shown to a new workspace file and go on in it</source>
        <translation>표시된 내용을 새 작업 공간 파일에 쓰고 그 파일에서 계속 작업합니다</translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation>파일 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>Add article files to the workspace, or to the loose files shown</source>
        <translation>기사 파일을 작업 공간에 추가하거나, 작업 공간 없이 열어 둔 파일에 추가합니다</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>폴더 가져오기(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Watch Folder…</source>
        <translation>폴더 감시(&amp;W)…</translation>
    </message>
    <message>
        <source>Import new or changed articles of a folder into the workspace as they appear</source>
        <translation>폴더에 새로 생기거나 바뀐 기사를 나타나는 대로 작업 공간으로 가져옵니다</translation>
    </message>
    <message>
        <source>&amp;Stop Watching</source>
        <translation>감시 중지(&amp;S)</translation>
    </message>
    <message>
        <source>Stop importing from the watched folder</source>
        <translation>감시 중인 폴더에서 가져오기를 멈춥니다</translation>
    </message>
    <message>
        <source>Search the text of every article of the workspace</source>
        <translation>작업 공간의 모든 기사 본문을 검색합니다</translation>
    </message>
    <message>
        <source>Find in Articles</source>
        <translation>기사에서 찾기</translation>
    </message>
    <message>
        <source>(read-only)</source>
        <translation>(읽기 전용)</translation>
    </message>
    <message>
        <source>Reading the articles…</source>
        <translation>기사를 읽는 중…</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>아무것도 가져오지 않았습니다.</translation>
    </message>
    <message>
        <source>Importing articles into the workspace…</source>
        <translation>작업 공간으로 기사를 가져오는 중…</translation>
    </message>
    <message>
        <source>An import is running; wait for it or cancel it (Esc) first.</source>
        <translation>가져오기가 진행 중입니다. 먼저 끝날 때까지 기다리거나 취소하십시오(Esc).</translation>
    </message>
    <message>
        <source>The workspace was not opened; what is shown stays.</source>
        <translation>작업 공간을 열지 못했습니다. 표시된 내용은 그대로 유지됩니다.</translation>
    </message>
    <message>
        <source>The workspace was not created.</source>
        <translation>작업 공간을 만들지 못했습니다.</translation>
    </message>
    <message>
        <source>An empty workspace: import articles with File → Import Files (Ctrl+I).</source>
        <translation>빈 작업 공간입니다. 파일 → 파일 가져오기(Ctrl+I)로 기사를 가져오십시오.</translation>
    </message>
    <message>
        <source>The workspace is already saved there: every import is stored as it happens.</source>
        <translation>작업 공간이 이미 그 위치에 저장되어 있습니다. 가져온 내용은 가져올 때마다 바로 저장됩니다.</translation>
    </message>
    <message>
        <source>%1: cannot be replaced (is it open elsewhere, or read-only?)</source>
        <translation>%1: 덮어쓸 수 없습니다(다른 곳에서 열려 있거나 읽기 전용이 아닌지 확인하십시오)</translation>
    </message>
    <message>
        <source>%1: cannot be written</source>
        <translation>%1: 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>The workspace was not saved.</source>
        <translation>작업 공간을 저장하지 못했습니다.</translation>
    </message>
    <message>
        <source>Stop importing from %1</source>
        <translation>%1에서 가져오기를 멈춥니다</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>새 작업 공간</translation>
    </message>
    <message>
        <source>articles</source>
        <translation>기사</translation>
    </message>
    <message>
        <source>Newsline workspaces (*.newsline)</source>
        <translation>Newsline 작업 공간 (*.newsline)</translation>
    </message>
    <message>
        <source>%1: cannot be replaced</source>
        <translation>%1: 덮어쓸 수 없습니다</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>작업 공간 열기</translation>
    </message>
    <message>
        <source>Newsline workspaces (*.newsline);;All files (*)</source>
        <translation>Newsline 작업 공간 (*.newsline);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Save Workspace As</source>
        <translation>다른 이름으로 작업 공간 저장</translation>
    </message>
    <message>
        <source>Watch Folder</source>
        <translation>폴더 감시</translation>
    </message>
    <message>
        <source>The folder is not watched.</source>
        <translation>폴더 감시를 시작하지 못했습니다.</translation>
    </message>
    <message>
        <source>Watching %1: new and changed articles there are imported.</source>
        <translation>%1 감시 중: 그곳의 새 기사와 바뀐 기사를 가져옵니다.</translation>
    </message>
    <message>
        <source>Reading events…</source>
        <translation>사건을 읽는 중…</translation>
    </message>
    <message>
        <source>Extracting…</source>
        <translation>추출하는 중…</translation>
    </message>
    <message>
        <source>Articles were extracted by another version of Newsline; extracting them again (what is stored stays readable meanwhile)…</source>
        <translation>다른 버전의 Newsline으로 추출된 기사가 있어 다시 추출하는 중입니다(그동안 저장된 내용은 계속 읽을 수 있습니다)…</translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n건 갱신됨</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the workspace</source>
        <translation>
            <numerusform>%n건은 이미 작업 공간에 있음</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled; the batches already stored stay (%1).</source>
        <translation>가져오기를 취소했습니다. 이미 저장된 묶음은 유지됩니다(%1).</translation>
    </message>
    <message>
        <source>From the watched folder: %1</source>
        <translation>감시 중인 폴더에서: %1</translation>
    </message>
    <message>
        <source>F&amp;ind in Articles…</source>
        <translation>기사에서 찾기(&amp;I)…</translation>
    </message>
    <message>
        <source>Sour&amp;ce Text</source>
        <translation>원문(&amp;C)</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n article(s)</source>
        <translation>
            <numerusform>%1 — 기사 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Edit Event…</source>
        <translation>사건 편집(&amp;E)…</translation>
    </message>
    <message>
        <source>Correct the current event&apos;s type, date, parties or amount</source>
        <translation>현재 사건의 유형, 날짜, 당사자 또는 금액을 수정합니다</translation>
    </message>
    <message>
        <source>&amp;Delete Event</source>
        <translation>사건 삭제(&amp;D)</translation>
    </message>
    <message>
        <source>Hide the selected events everywhere; they can be restored</source>
        <translation>선택한 사건을 모든 곳에서 숨깁니다. 복원할 수 있습니다</translation>
    </message>
    <message>
        <source>&amp;Merge Events</source>
        <translation>사건 병합(&amp;M)</translation>
    </message>
    <message>
        <source>Unite the selected events into one, with all their sources</source>
        <translation>선택한 사건을 모든 출처와 함께 하나로 합칩니다</translation>
    </message>
    <message>
        <source>&amp;Split Event…</source>
        <translation>사건 분할(&amp;S)…</translation>
    </message>
    <message>
        <source>Move some of the current event&apos;s sources into a new event</source>
        <translation>현재 사건의 일부 출처를 새 사건으로 옮깁니다</translation>
    </message>
    <message>
        <source>&amp;Add Event from Selection…</source>
        <translation>선택 영역에서 사건 추가(&amp;A)…</translation>
    </message>
    <message>
        <source>Make an event of the text selected in the source panel</source>
        <translation>원문 패널에서 선택한 텍스트로 사건을 만듭니다</translation>
    </message>
    <message>
        <source>Change Quote S&amp;peaker…</source>
        <translation>인용 발언자 변경(&amp;P)…</translation>
    </message>
    <message>
        <source>Set who said the current quote</source>
        <translation>현재 인용을 말한 사람을 지정합니다</translation>
    </message>
    <message>
        <source>&amp;Not a Quote</source>
        <translation>인용 아님(&amp;N)</translation>
    </message>
    <message>
        <source>Remove the current quote: it is not a quotation</source>
        <translation>현재 인용을 제거합니다: 인용문이 아닙니다</translation>
    </message>
    <message>
        <source>Deleted E&amp;vents</source>
        <translation>삭제된 사건(&amp;V)</translation>
    </message>
    <message>
        <source>Show the deleted events, to restore them</source>
        <translation>삭제된 사건을 보여 주어 복원할 수 있게 합니다</translation>
    </message>
    <message>
        <source>Correction &amp;History</source>
        <translation>수정 기록(&amp;H)</translation>
    </message>
    <message>
        <source>Show every correction, to go back to any of them</source>
        <translation>모든 수정을 보여 주어 어느 단계로든 돌아갈 수 있게 합니다</translation>
    </message>
    <message>
        <source>Undo the last correction</source>
        <translation>마지막 수정을 취소합니다</translation>
    </message>
    <message>
        <source>Redo the correction undone last</source>
        <translation>마지막으로 취소한 수정을 다시 합니다</translation>
    </message>
    <message>
        <source>&lt;as extracted&gt;</source>
        <translation>&lt;추출된 그대로&gt;</translation>
    </message>
    <message>
        <source>Correction history</source>
        <translation>수정 기록</translation>
    </message>
    <message>
        <source>Deleted events</source>
        <translation>삭제된 사건</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>복원(&amp;R)</translation>
    </message>
    <message>
        <source>Restore the deleted event</source>
        <translation>삭제된 사건 복원</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>삭제됨</translation>
    </message>
    <message>
        <source>Correction History</source>
        <translation>수정 기록</translation>
    </message>
    <message>
        <source>%1 of %2: the article&apos;s text it relies on changed</source>
        <translation>%2의 %1: 근거한 기사 텍스트가 바뀌었습니다</translation>
    </message>
    <message>
        <source>%1 of %2: its event is no longer found</source>
        <translation>%2의 %1: 해당 사건을 더 이상 찾을 수 없습니다</translation>
    </message>
    <message>
        <source>The correction was not made.</source>
        <translation>수정이 이루어지지 않았습니다.</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>열린 작업 공간이 없습니다.</translation>
    </message>
    <message>
        <source>The correction could not be written to the workspace.</source>
        <translation>수정을 작업 공간에 기록할 수 없었습니다.</translation>
    </message>
    <message>
        <source>Select two or more events to merge (Ctrl+click).</source>
        <translation>병합할 사건을 두 개 이상 선택하세요(Ctrl+클릭).</translation>
    </message>
    <message>
        <source>Choose some of the event&apos;s sources, not all of them, to split off.</source>
        <translation>분리할 출처를 전부가 아닌 일부만 고르세요.</translation>
    </message>
    <message>
        <source>Split Event</source>
        <translation>사건 분할</translation>
    </message>
    <message>
        <source>Add Event</source>
        <translation>사건 추가</translation>
    </message>
    <message>
        <source>Restore Event</source>
        <translation>사건 복원</translation>
    </message>
    <message>
        <source>Change Quote Speaker</source>
        <translation>인용 발언자 변경</translation>
    </message>
    <message>
        <source>Not a Quote</source>
        <translation>인용 아님</translation>
    </message>
    <message>
        <source>Select an event to edit.</source>
        <translation>편집할 사건을 선택하세요.</translation>
    </message>
    <message>
        <source>Select an event told by two or more sources to split it.</source>
        <translation>분할하려면 출처가 두 개 이상인 사건을 선택하세요.</translation>
    </message>
    <message>
        <source>Move this source and the others of its article into a new event:</source>
        <translation>이 출처와 같은 기사의 다른 출처를 새 사건으로 옮기기:</translation>
    </message>
    <message>
        <source>Select the words that tell the event in the source text first.</source>
        <translation>먼저 원문에서 사건을 말하는 단어를 선택하세요.</translation>
    </message>
    <message>
        <source>Select a quote in the quote list first.</source>
        <translation>먼저 인용 목록에서 인용을 선택하세요.</translation>
    </message>
    <message>
        <source>Who said it:</source>
        <translation>말한 사람:</translation>
    </message>
    <message>
        <source>%1 — %2, %3 (deleted %4)</source>
        <translation>%1 — %2, %3 (%4 삭제)</translation>
    </message>
    <message>
        <source>Double-click or press Restore to show it again</source>
        <translation>다시 표시하려면 두 번 클릭하거나 복원을 누르세요</translation>
    </message>
    <message numerus="yes">
        <source>%n correction(s) no longer apply and are kept for review.</source>
        <translation>
            <numerusform>수정 %n건이 더 이상 적용되지 않아 검토를 위해 보관됩니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Event(s)</source>
        <translation>
            <numerusform>사건 %n개 삭제</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merge %n Events</source>
        <translation>
            <numerusform>사건 %n개 병합</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit Event: %1</source>
        <translation>사건 편집: %1</translation>
    </message>
    <message>
        <source>Filter the events every panel shows</source>
        <translation>모든 패널에 표시되는 사건을 거릅니다</translation>
    </message>
    <message>
        <source>Show All E&amp;vents</source>
        <translation>모든 사건 표시(&amp;V)</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>필터를 지웁니다</translation>
    </message>
    <message>
        <source>by partnership</source>
        <translation>파트너십별</translation>
    </message>
    <message>
        <source>by company</source>
        <translation>회사별</translation>
    </message>
    <message>
        <source>by event type</source>
        <translation>사건 유형별</translation>
    </message>
    <message>
        <source>first event</source>
        <translation>첫 사건</translation>
    </message>
    <message>
        <source>latest event</source>
        <translation>최근 사건</translation>
    </message>
    <message>
        <source>number of events</source>
        <translation>사건 수</translation>
    </message>
    <message>
        <source>total amount</source>
        <translation>총액</translation>
    </message>
    <message>
        <source>&amp;Lanes:</source>
        <translation>줄(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>순서(&amp;O):</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s), not saved</source>
        <translation>
            <numerusform>기사 %n건, 저장 안 됨</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n selected event(s)</source>
        <translation>
            <numerusform>선택한 사건 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>No event matches the filter.</source>
        <translation>필터에 맞는 사건이 없습니다.</translation>
    </message>
    <message>
        <source>every event</source>
        <translation>모든 사건</translation>
    </message>
    <message numerus="yes">
        <source>Briefing of %2 written to %1 (%n page(s)).</source>
        <translation>
            <numerusform>%2에 대한 브리핑을 %1에 저장했습니다(%n쪽).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was opened.</source>
        <translation>아무것도 열지 않았습니다.</translation>
    </message>
    <message>
        <source>The articles could not be shown.</source>
        <translation>기사를 표시할 수 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s) got a dollar value from the updated exchange rates.</source>
        <translation>
            <numerusform>금액 %n개가 갱신된 환율로 달러 값을 받았습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add every article of a folder and its subfolders (text, web pages, feeds)</source>
        <translation>폴더와 하위 폴더의 모든 기사 추가(텍스트, 웹 페이지, 피드)</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>내보내기(&amp;X)…</translation>
    </message>
    <message>
        <source>Write the selected events (two or more), or every event, figure and quote, as CSV, JSON, iCalendar or TimelineJS</source>
        <translation>선택한 사건(두 개 이상) 또는 모든 사건, 금액, 인용을 CSV, JSON, iCalendar, TimelineJS로 쓰기</translation>
    </message>
    <message>
        <source>&amp;Update Exchange Rates…</source>
        <translation>환율 갱신(&amp;U)…</translation>
    </message>
    <message>
        <source>Articles (*.txt *.html *.htm *.xhtml *.mhtml *.mht *.rss *.atom *.xml);;All files (*)</source>
        <translation>기사 (*.txt *.html *.htm *.xhtml *.mhtml *.mht *.rss *.atom *.xml);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>from the period and what is covered</source>
        <translation>기간과 범위에서</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>제목(&amp;T):</translation>
    </message>
    <message>
        <source>What the window shows</source>
        <translation>창에 보이는 것</translation>
    </message>
    <message>
        <source>Every event and article</source>
        <translation>모든 사건과 기사</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>범위(&amp;S):</translation>
    </message>
    <message>
        <source>Only the period</source>
        <translation>기간만</translation>
    </message>
    <message>
        <source>to</source>
        <translation>~</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>기간(&amp;P):</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation>창의 언어</translation>
    </message>
    <message>
        <source>&amp;Numbers and dates:</source>
        <translation>숫자와 날짜(&amp;N):</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>Pa&amp;per:</source>
        <translation>용지(&amp;P):</translation>
    </message>
    <message>
        <source>Covers:</source>
        <translation>범위:</translation>
    </message>
    <message>
        <source>every event and article (%1 events)</source>
        <translation>모든 사건과 기사(사건 %1개)</translation>
    </message>
    <message>
        <source>%1, from %2 to %3</source>
        <translation>%1, %2부터 %3까지</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>내보내기…</translation>
    </message>
    <message>
        <source>the events the filter keeps: %1 of %2</source>
        <translation>필터가 남긴 사건: %2개 중 %1개</translation>
    </message>
    <message>
        <source>Events as CSV (*.csv)</source>
        <translation>사건 CSV (*.csv)</translation>
    </message>
    <message>
        <source>Figures as CSV (*.csv)</source>
        <translation>금액 CSV (*.csv)</translation>
    </message>
    <message>
        <source>Quotes as CSV (*.csv)</source>
        <translation>인용 CSV (*.csv)</translation>
    </message>
    <message>
        <source>Calendar, iCalendar (*.ics)</source>
        <translation>캘린더, iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>TimelineJS (*.json)</source>
        <translation>TimelineJS (*.json)</translation>
    </message>
    <message>
        <source>Newsline extract JSON (*.json)</source>
        <translation>Newsline 추출 JSON (*.json)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>events</source>
        <translation>사건</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>내보내기를 취소했습니다. 파일을 쓰지 않았습니다.</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 쓰는 중…</translation>
    </message>
    <message>
        <source>The export was not written.</source>
        <translation>내보내기를 쓰지 못했습니다.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>%1(으)로 내보냈습니다.</translation>
    </message>
    <message>
        <source>Update Exchange Rates</source>
        <translation>환율 갱신</translation>
    </message>
    <message>
        <source>Download the European Central Bank&apos;s full history of reference rates, or read a file of it (eurofxref-hist.zip or .csv) you downloaded. The rates bundled with Newsline stay as they are.</source>
        <translation>유럽중앙은행의 기준 환율 전체 기록을 내려받거나, 내려받아 둔 파일(eurofxref-hist.zip 또는 .csv)을 읽습니다. Newsline에 포함된 환율은 그대로 남습니다.</translation>
    </message>
    <message>
        <source>&amp;Download from the ECB</source>
        <translation>ECB에서 내려받기(&amp;D)</translation>
    </message>
    <message>
        <source>From a &amp;File…</source>
        <translation>파일에서(&amp;F)…</translation>
    </message>
    <message>
        <source>Exchange Rates File</source>
        <translation>환율 파일</translation>
    </message>
    <message>
        <source>ECB exchange rates (*.zip *.csv);;All files (*)</source>
        <translation>ECB 환율 (*.zip *.csv);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>The exchange rates were not updated.</source>
        <translation>환율을 갱신하지 못했습니다.</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>%1 내려받는 중…</translation>
    </message>
    <message>
        <source>Exchange rates updated to %1; figures without a dollar value get one now where the new rates have it, and articles read from now on use them.</source>
        <translation>환율을 %1까지 갱신했습니다. 달러 값이 없던 금액은 새 환율이 있는 곳에서 지금 값을 받고, 이제부터 읽는 기사는 새 환율을 씁니다.</translation>
    </message>
    <message numerus="yes">
        <source>ECB rates to %1 (%n day(s) old)</source>
        <extracomment>%1 the last day of the exchange rates in use; %n how many days ago that was</extracomment>
        <translation>
            <numerusform>ECB 환율 %1까지(%n일 전)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be read; the others were opened.</source>
        <extracomment>%1 counts files and feed items: &quot;2 files&quot;, &quot;1 feed item&quot;, &quot;2 files and 1 feed item&quot;</extracomment>
        <translation>%1을(를) 읽지 못했습니다. 나머지는 열었습니다.</translation>
    </message>
    <message>
        <source>The current event has no field set by the analyst.</source>
        <translation>현재 사건에는 분석가가 설정한 필드가 없습니다.</translation>
    </message>
    <message>
        <source>Give the current event back the fields as extracted</source>
        <translation>현재 사건을 추출된 값으로 되돌리기</translation>
    </message>
    <message>
        <source>D&amp;iscard</source>
        <translation>버리기(&amp;I)</translation>
    </message>
    <message>
        <source>Discard the correction kept for review</source>
        <translation>검토를 위해 보관한 수정 버리기</translation>
    </message>
    <message>
        <source>Corrections to review (their text changed or their event is gone):</source>
        <translation>검토할 수정(본문이 바뀌었거나 사건이 사라짐):</translation>
    </message>
    <message>
        <source>Corrections to review</source>
        <translation>검토할 수정</translation>
    </message>
    <message>
        <source>Revert to Extracted: %1</source>
        <translation>추출값으로 되돌리기: %1</translation>
    </message>
    <message>
        <source>Discard Correction</source>
        <translation>수정 버리기</translation>
    </message>
    <message>
        <source>Press Discard to drop it (undoable)</source>
        <translation>버리기를 눌러 삭제(실행 취소 가능)</translation>
    </message>
    <message>
        <source>It relied on: %1</source>
        <translation>근거: %1</translation>
    </message>
    <message>
        <source>Rever&amp;t to Extracted</source>
        <translation>추출값으로 되돌리기(&amp;T)</translation>
    </message>
    <message>
        <source>Add &amp;Quote from Selection…</source>
        <translation>선택 영역에서 인용 추가(&amp;Q)…</translation>
    </message>
    <message>
        <source>Make a quote of the text selected in the source panel, with its speaker</source>
        <translation>원문 패널에서 선택한 텍스트를 발언자와 함께 인용으로 만듭니다</translation>
    </message>
    <message>
        <source>Merge E&amp;ntities…</source>
        <translation>개체 병합(&amp;N)…</translation>
    </message>
    <message>
        <source>Make several names one company or person, shown by one name everywhere</source>
        <translation>여러 이름을 하나의 회사나 인물로 만들어 어디서나 한 이름으로 표시합니다</translation>
    </message>
    <message>
        <source>Spl&amp;it Entity…</source>
        <translation>개체 분리(&amp;I)…</translation>
    </message>
    <message>
        <source>Take a name out of the entity it was merged into</source>
        <translation>병합된 개체에서 이름을 빼냅니다</translation>
    </message>
    <message>
        <source>Add Quote</source>
        <translation>인용 추가</translation>
    </message>
    <message>
        <source>Merge Entities: %1</source>
        <translation>개체 병합: %1</translation>
    </message>
    <message>
        <source>Split Entity: %1</source>
        <translation>개체 분리: %1</translation>
    </message>
    <message>
        <source>%1 (shown as %2)</source>
        <translation>%1 (%2(으)로 표시)</translation>
    </message>
    <message>
        <source>No names have been merged: there is nothing to split.</source>
        <translation>병합된 이름이 없어 분리할 것이 없습니다.</translation>
    </message>
    <message>
        <source>Split Entity</source>
        <translation>개체 분리</translation>
    </message>
    <message>
        <source>Take this name out of the entity it was merged into:</source>
        <translation>병합된 개체에서 이 이름을 빼냅니다:</translation>
    </message>
    <message>
        <source>Select the quoted words in the source text first.</source>
        <translation>먼저 원문에서 인용된 말을 선택하세요.</translation>
    </message>
    <message>
        <source>Open &amp;Team Workspace…</source>
        <translation>팀 작업 공간 열기(&amp;T)…</translation>
    </message>
    <message>
        <source>Open a workspace the team shares on a PostgreSQL server</source>
        <translation>PostgreSQL 서버에서 팀이 함께 쓰는 작업 공간을 엽니다</translation>
    </message>
    <message>
        <source>Open Team Workspace</source>
        <translation>팀 작업 공간 열기</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>%1의 비밀번호:</translation>
    </message>
    <message>
        <source>Copying %1 to %2…</source>
        <translation>%1을(를) %2(으)로 복사하는 중…</translation>
    </message>
    <message>
        <source>the copy was cancelled</source>
        <translation>복사가 취소되었습니다</translation>
    </message>
</context>
<context>
    <name>Newsline::MessageBar</name>
    <message>
        <source>Message</source>
        <translation>메시지</translation>
    </message>
    <message>
        <source>Dismiss (Esc)</source>
        <translation>닫기(Esc)</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>메시지 닫기</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>외 %n건</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsline::MhtmlReader</name>
    <message>
        <source>malformed quoted-printable text in the page&apos;s HTML part</source>
        <translation>페이지 HTML 부분의 quoted-printable 텍스트가 잘못되었습니다</translation>
    </message>
    <message>
        <source>malformed base64 in the page&apos;s HTML part</source>
        <translation>페이지 HTML 부분의 base64가 잘못되었습니다</translation>
    </message>
    <message>
        <source>unknown transfer encoding &quot;%1&quot; of the page&apos;s HTML part</source>
        <translation>페이지 HTML 부분의 전송 인코딩 &quot;%1&quot;을(를) 알 수 없습니다</translation>
    </message>
    <message>
        <source>not an MHTML archive (no Content-Type header)</source>
        <translation>MHTML 아카이브가 아닙니다(Content-Type 헤더 없음)</translation>
    </message>
    <message>
        <source>MHTML archive holds &quot;%1&quot;, not a web page</source>
        <translation>MHTML 아카이브에 웹 페이지가 아닌 &quot;%1&quot;이(가) 들어 있습니다</translation>
    </message>
    <message>
        <source>MHTML archive has no boundary between its parts</source>
        <translation>MHTML 아카이브에 부분 사이의 경계가 없습니다</translation>
    </message>
    <message>
        <source>MHTML archive has none of the parts its boundary announces</source>
        <translation>MHTML 아카이브에 경계가 알리는 부분이 하나도 없습니다</translation>
    </message>
    <message>
        <source>MHTML archive is truncated (its closing boundary is missing)</source>
        <translation>MHTML 아카이브가 잘렸습니다(닫는 경계가 없음)</translation>
    </message>
    <message>
        <source>MHTML archive holds no HTML part</source>
        <translation>MHTML 아카이브에 HTML 부분이 없습니다</translation>
    </message>
</context>
<context>
    <name>Newsline::MoneyFormat</name>
    <message>
        <source>%1 (no exchange rate)</source>
        <translation>%1 (환율 정보 없음)</translation>
    </message>
    <message>
        <source>%1 ≈ %2, ECB %3</source>
        <translation>%1 ≈ %2, ECB %3 기준</translation>
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
</context>
<context>
    <name>Newsline::QuoteAddDialog</name>
    <message>
        <source>Add Quote</source>
        <translation>인용 추가</translation>
    </message>
    <message>
        <source>Quoted words</source>
        <translation>인용된 말</translation>
    </message>
    <message>
        <source>Words:</source>
        <translation>말:</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>발언자</translation>
    </message>
    <message>
        <source>&amp;Speaker:</source>
        <translation>발언자(&amp;S):</translation>
    </message>
    <message>
        <source>e.g. chief executive of the buyer</source>
        <translation>예: 인수 기업 최고경영자</translation>
    </message>
    <message>
        <source>Speaker&apos;s role</source>
        <translation>발언자의 직함</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>직함(&amp;R):</translation>
    </message>
    <message>
        <source>Whole quotation</source>
        <translation>전체 인용</translation>
    </message>
    <message>
        <source>Quoted words in reported speech</source>
        <translation>간접 화법 속 인용된 말</translation>
    </message>
    <message>
        <source>Kind of quote</source>
        <translation>인용 종류</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>종류(&amp;K):</translation>
    </message>
</context>
<context>
    <name>Newsline::QuoteSearchPanel</name>
    <message>
        <source>Quote search</source>
        <translation>인용 검색</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>검색(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>인물(&amp;P):</translation>
    </message>
    <message>
        <source>words in a quote or a name</source>
        <translation>인용 속 단어 또는 이름</translation>
    </message>
    <message>
        <source>Search quotes</source>
        <translation>인용 검색</translation>
    </message>
    <message>
        <source>speaker or role</source>
        <translation>발언자 또는 직책</translation>
    </message>
    <message>
        <source>Filter by person</source>
        <translation>인물로 필터</translation>
    </message>
    <message>
        <source>Quotes found</source>
        <translation>찾은 인용</translation>
    </message>
    <message numerus="yes">
        <source>%n quote(s)</source>
        <translation>
            <numerusform>인용 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quote(s), the best %1 shown</source>
        <translation>
            <numerusform>인용 %n건 중 상위 %1건 표시</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quote(s) in the articles of the filtered events</source>
        <translation>
            <numerusform>걸러진 사건의 기사에 있는 인용 %n개</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Newsline::RatesDownloader</name>
    <message>
        <source>download of %1 stopped</source>
        <translation>%1 내려받기를 멈췄습니다</translation>
    </message>
    <message>
        <source>%1 answered with HTTP status %2</source>
        <translation>%1이(가) HTTP 상태 %2(으)로 응답했습니다</translation>
    </message>
    <message>
        <source>cannot download %1 (%2): are you offline?</source>
        <translation>%1을(를) 내려받을 수 없습니다(%2). 오프라인인가요?</translation>
    </message>
</context>
<context>
    <name>Newsline::RatesUpdate</name>
    <message>
        <source>the zip archive is truncated</source>
        <translation>zip 아카이브가 잘렸습니다</translation>
    </message>
    <message>
        <source>the zip archive uses a compression method other than deflate</source>
        <translation>zip 아카이브가 deflate가 아닌 압축 방식을 씁니다</translation>
    </message>
    <message>
        <source>the table in the zip archive is too large to be an exchange-rate table</source>
        <translation>zip 아카이브의 표가 환율 표라기엔 너무 큽니다</translation>
    </message>
    <message>
        <source>the zip archive cannot be unpacked</source>
        <translation>zip 아카이브를 풀 수 없습니다</translation>
    </message>
    <message>
        <source>the zip archive is truncated or damaged</source>
        <translation>zip 아카이브가 잘렸거나 손상되었습니다</translation>
    </message>
    <message>
        <source>the zip archive holds no CSV table</source>
        <translation>zip 아카이브에 CSV 표가 없습니다</translation>
    </message>
    <message>
        <source>not an ECB exchange-rate table (the first line is not &quot;Date,USD,...&quot;)</source>
        <translation>ECB 환율 표가 아닙니다(첫 줄이 &quot;Date,USD,...&quot;가 아님)</translation>
    </message>
    <message>
        <source>the table has no USD column</source>
        <translation>표에 USD 열이 없습니다</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; is not a date</source>
        <translation>%1행: &quot;%2&quot;은(는) 날짜가 아닙니다</translation>
    </message>
    <message>
        <source>line %1: %2 fields where the header has %3 (the file may be cut short)</source>
        <translation>%1행: 머리글은 필드 %3개인데 %2개입니다(파일이 잘렸을 수 있음)</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; is not a rate</source>
        <translation>%1행: &quot;%2&quot;은(는) 환율이 아닙니다</translation>
    </message>
    <message>
        <source>line %1: %2 does not come before %3 (the ECB lists days newest first)</source>
        <translation>%1행: %2이(가) %3보다 앞서지 않습니다(ECB는 최근 날짜부터 나열)</translation>
    </message>
    <message>
        <source>the table holds no days</source>
        <translation>표에 날짜가 없습니다</translation>
    </message>
    <message>
        <source>Exchange rates: ECB, %1 to %2 (%3 days old), updated copy in %4. Before 1999 the ECB publishes no rates, so older figures have no dollar value.</source>
        <translation>환율: ECB, %1부터 %2까지(%3일 전), 갱신본 위치 %4. ECB는 1999년 이전 환율을 발표하지 않으므로 그 전 금액에는 달러 값이 없습니다.</translation>
    </message>
    <message>
        <source>Exchange rates: ECB, %1 to %2 (%3 days old), bundled with the program; newer ones can be fetched (newsline rates update, or File &gt; Update Exchange Rates). Before 1999 the ECB publishes no rates, so older figures have no dollar value.</source>
        <translation>환율: ECB, %1부터 %2까지(%3일 전), 프로그램에 포함됨. 더 새로운 환율을 받을 수 있습니다(newsline rates update 또는 파일 &gt; 환율 갱신). ECB는 1999년 이전 환율을 발표하지 않으므로 그 전 금액에는 달러 값이 없습니다.</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>파일이 비어 있습니다</translation>
    </message>
    <message>
        <source>the table starts on %1, after the bundled table&apos;s first day %2 (is it cut short?)</source>
        <translation>표가 %1에 시작해 포함된 표의 첫날 %2보다 늦습니다(잘렸나요?)</translation>
    </message>
    <message>
        <source>the table ends on %1, before the bundled table (%2)</source>
        <translation>표가 %1에 끝나 포함된 표(%2)보다 이릅니다</translation>
    </message>
    <message>
        <source>the table has a gap of %1 days between two rates, more than the bundled table&apos;s %2</source>
        <translation>표에 두 환율 사이 %1일의 공백이 있어 포함된 표의 %2일보다 깁니다</translation>
    </message>
    <message>
        <source>the table cannot be read as exchange rates</source>
        <translation>표를 환율로 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>%1: %2; the rates in use are kept</source>
        <translation>%1: %2; 사용 중인 환율을 유지합니다</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>폴더 %1을(를) 만들 수 없습니다</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1을(를) 쓸 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>Newsline::ResourceData</name>
    <message>
        <source>not UTF-8 text</source>
        <translation>UTF-8 텍스트가 아닙니다</translation>
    </message>
    <message>
        <source>newsline: a knowledge file cannot be used, so nothing is extracted: %1</source>
        <translation>newsline: 지식 파일을 사용할 수 없어 아무것도 추출하지 않습니다: %1</translation>
    </message>
    <message>
        <source>missing from the program&apos;s resources</source>
        <translation>프로그램 리소스에 없습니다</translation>
    </message>
</context>
<context>
    <name>Newsline::ResourceData::KnowledgeError</name>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, %2행: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Newsline::ServerStore</name>
    <message>
        <source>%1: not a team workspace address (postgresql://user@host:port/database)</source>
        <translation>%1: 팀 작업 공간 주소가 아닙니다(postgresql://사용자@호스트:포트/데이터베이스)</translation>
    </message>
    <message>
        <source>the Qt PostgreSQL driver (QPSQL) is not installed; on Debian install libqt6sql6-psql</source>
        <translation>Qt PostgreSQL 드라이버(QPSQL)가 설치되어 있지 않습니다. Debian에서는 libqt6sql6-psql을 설치하세요</translation>
    </message>
    <message>
        <source>%1: the option &quot;%2&quot; cannot be passed to the server</source>
        <translation>%1: 옵션 &quot;%2&quot;은(는) 서버에 전달할 수 없습니다</translation>
    </message>
    <message>
        <source>%1: cannot connect: %2</source>
        <translation>%1: 연결할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>the database holds tables of another program (or of an earlier Newsline team format), not a Newsline workspace; use a database of its own</source>
        <translation>데이터베이스에 Newsline 작업 공간이 아닌 다른 프로그램의 테이블(또는 이전 Newsline 팀 형식의 테이블)이 있습니다. 전용 데이터베이스를 사용하세요</translation>
    </message>
    <message>
        <source>made by a newer Newsline (workspace format %1, this program reads up to %2)</source>
        <translation>더 새로운 Newsline으로 만들어졌습니다(작업 공간 형식 %1, 이 프로그램은 %2까지 읽음)</translation>
    </message>
    <message>
        <source>the workspace needs upgrading to the current format, which this read-only role may not do</source>
        <translation>작업 공간을 현재 형식으로 업그레이드해야 하지만 이 읽기 전용 역할로는 할 수 없습니다</translation>
    </message>
    <message>
        <source>the database holds no Newsline workspace, and this role may not make one</source>
        <translation>데이터베이스에 Newsline 작업 공간이 없고, 이 역할로는 만들 수 없습니다</translation>
    </message>
</context>
<context>
    <name>Newsline::StoreFile</name>
    <message>
        <source>table</source>
        <translation>테이블</translation>
    </message>
    <message>
        <source>index</source>
        <translation>인덱스</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>트리거</translation>
    </message>
    <message>
        <source>view</source>
        <translation>뷰</translation>
    </message>
    <message>
        <source>the disk is full, or the workspace has reached its size limit</source>
        <translation>디스크가 가득 찼거나 작업 공간이 크기 한도에 도달했습니다</translation>
    </message>
    <message>
        <source>the workspace file is damaged</source>
        <translation>작업 공간 파일이 손상되었습니다</translation>
    </message>
    <message>
        <source>the workspace cannot be written here</source>
        <translation>이 위치에는 작업 공간을 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>another program kept the workspace busy for too long; try again later</source>
        <translation>다른 프로그램이 작업 공간을 너무 오래 사용하고 있습니다. 나중에 다시 시도하십시오</translation>
    </message>
    <message>
        <source>the disk could not be read or written (it may be full)</source>
        <translation>디스크를 읽거나 쓸 수 없습니다(디스크가 가득 찼을 수 있습니다)</translation>
    </message>
    <message>
        <source>the file cannot be opened</source>
        <translation>파일을 열 수 없습니다</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>권한이 없습니다</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>메모리가 부족합니다</translation>
    </message>
    <message>
        <source>the workspace holds a value too large to read</source>
        <translation>작업 공간에 너무 커서 읽을 수 없는 값이 있습니다</translation>
    </message>
    <message>
        <source>the work was interrupted</source>
        <translation>작업이 중단되었습니다</translation>
    </message>
    <message>
        <source>the workspace could not be used (an error of the database driver)</source>
        <translation>작업 공간을 사용할 수 없습니다(데이터베이스 드라이버 오류)</translation>
    </message>
    <message>
        <source>the workspace holds data this program cannot use (database error %1)</source>
        <translation>작업 공간에 이 프로그램이 사용할 수 없는 데이터가 있습니다(데이터베이스 오류 %1)</translation>
    </message>
    <message>
        <source>the Qt SQLite driver (QSQLITE) is not installed; on Debian install libqt6sql6-sqlite</source>
        <translation>Qt SQLite 드라이버(QSQLITE)가 설치되어 있지 않습니다. Debian에서는 libqt6sql6-sqlite를 설치하십시오</translation>
    </message>
    <message>
        <source>cannot be opened: %1</source>
        <translation>열 수 없습니다: %1</translation>
    </message>
    <message>
        <source>cannot be opened safely: the SQLite library in use lacks its defensive settings (SQLite 3.35 or later is needed)</source>
        <translation>안전하게 열 수 없습니다: 사용 중인 SQLite 라이브러리에 방어 설정이 없습니다(SQLite 3.35 이상 필요)</translation>
    </message>
    <message>
        <source>the workspace is damaged and cannot be opened</source>
        <translation>작업 공간이 손상되어 열 수 없습니다</translation>
    </message>
    <message>
        <source>it is on a read-only file system</source>
        <translation>읽기 전용 파일 시스템에 있습니다</translation>
    </message>
    <message>
        <source>the file is not writable</source>
        <translation>파일에 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>its folder is not writable</source>
        <translation>파일이 있는 폴더에 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>its format (%1) is not one Newsline makes</source>
        <translation>형식(%1)이 Newsline이 만드는 형식이 아닙니다</translation>
    </message>
    <message>
        <source>it holds the %1 &quot;%2&quot;, which Newsline does not make</source>
        <translation>Newsline이 만들지 않는 %1 &quot;%2&quot;이(가) 있습니다</translation>
    </message>
    <message>
        <source>its %1 &quot;%2&quot; is not the one Newsline makes</source>
        <translation>%1 &quot;%2&quot;이(가) Newsline이 만드는 것과 다릅니다</translation>
    </message>
    <message>
        <source>it lacks the %1 &quot;%2&quot; of a Newsline workspace</source>
        <translation>Newsline 작업 공간의 %1 &quot;%2&quot;이(가) 없습니다</translation>
    </message>
    <message>
        <source>the workspace file is damaged (SQLite&apos;s check of its pages fails)</source>
        <translation>작업 공간 파일이 손상되었습니다(SQLite 페이지 검사 실패)</translation>
    </message>
    <message>
        <source>the full-text index of the workspace is damaged</source>
        <translation>작업 공간의 전문 검색 인덱스가 손상되었습니다</translation>
    </message>
    <message>
        <source>already exists; choose another name or remove it first</source>
        <translation>이미 있습니다. 다른 이름을 고르거나 먼저 삭제하십시오</translation>
    </message>
    <message>
        <source>cannot be created: %1</source>
        <translation>만들 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>Newsline::StoreSchema</name>
    <message>
        <source>the workspace could not be updated: %1</source>
        <translation>작업 공간을 갱신할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>the SQLite library in use has no full-text search (FTS5); install an SQLite built with FTS5 (Debian 12&apos;s libsqlite3-0 has it)</source>
        <translation>사용 중인 SQLite 라이브러리에 전문 검색(FTS5)이 없습니다. FTS5를 포함해 빌드된 SQLite를 설치하십시오(Debian 12의 libsqlite3-0에는 포함되어 있음)</translation>
    </message>
</context>
<context>
    <name>Newsline::TeamWorkspaceDialog</name>
    <message>
        <source>Open Team Workspace</source>
        <translation>팀 작업 공간 열기</translation>
    </message>
    <message>
        <source>A team workspace is a PostgreSQL database the whole desk works in. The password comes from your ~/.pgpass file or a libpq service; if the server asks for one that they do not give, you are asked for it, and it is never stored.</source>
        <translation>팀 작업 공간은 팀 전체가 함께 작업하는 PostgreSQL 데이터베이스입니다. 비밀번호는 ~/.pgpass 파일이나 libpq 서비스에서 가져옵니다. 서버가 요구하는 비밀번호가 거기에 없으면 입력을 요청하며, 입력한 비밀번호는 저장되지 않습니다.</translation>
    </message>
    <message>
        <source>localhost, a name, or a socket folder</source>
        <translation>localhost, 호스트 이름 또는 소켓 폴더</translation>
    </message>
    <message>
        <source>the team&apos;s database</source>
        <translation>팀 데이터베이스</translation>
    </message>
    <message>
        <source>your database role</source>
        <translation>내 데이터베이스 역할</translation>
    </message>
    <message>
        <source>As libpq is configured</source>
        <translation>libpq 설정에 따름</translation>
    </message>
    <message>
        <source>Required (TLS)</source>
        <translation>필수(TLS)</translation>
    </message>
    <message>
        <source>Required, server certificate checked</source>
        <translation>필수, 서버 인증서 확인</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>서버(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>포트(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>데이터베이스(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>사용자(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>암호화(&amp;E):</translation>
    </message>
</context>
<context>
    <name>Newsline::TimelineWidget</name>
    <message>
        <source>Timeline</source>
        <translation>타임라인</translation>
    </message>
    <message>
        <source>Other events</source>
        <translation>기타 사건</translation>
    </message>
    <message>
        <source>Undated</source>
        <translation>날짜 없음</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>사건 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>Click or zoom in to expand</source>
        <translation>클릭하거나 확대하면 펼쳐집니다</translation>
    </message>
    <message>
        <source>new money (size: US$)</source>
        <translation>신규 자금(크기: US$)</translation>
    </message>
    <message>
        <source>valuation or running total</source>
        <translation>기업가치 평가 또는 누적 합계</translation>
    </message>
    <message>
        <source>dated by publication</source>
        <translation>게재일 기준</translation>
    </message>
    <message>
        <source>year or month</source>
        <translation>연 또는 월</translation>
    </message>
    <message>
        <source>Events by partnership, company or event type over time. Left and Right select the previous or next event, Enter opens its source, plus and minus zoom, Shift with Left or Right pans, Up, Down, Page Up and Page Down scroll the lanes.</source>
        <translation>파트너십·회사·사건 유형별 사건을 시간순으로 보여 줍니다. 왼쪽·오른쪽 화살표로 이전·다음 사건을 선택하고, Enter로 출처를 열며, 더하기·빼기로 확대·축소하고, Shift와 왼쪽·오른쪽 화살표로 이동하며, 위·아래 화살표와 Page Up·Page Down으로 줄을 스크롤합니다.</translation>
    </message>
    <message>
        <source>No events. Import articles with File → Import Files.</source>
        <translation>사건이 없습니다. 파일 → 파일 가져오기로 기사를 가져오세요.</translation>
    </message>
    <message>
        <source>No event matches the filter.</source>
        <translation>필터에 맞는 사건이 없습니다.</translation>
    </message>
    <message>
        <source>lanes %1–%2 of %3</source>
        <translation>줄 %1–%2 / %3</translation>
    </message>
    <message>
        <source>Unpin Lane “%1”</source>
        <translation>“%1” 레인 고정 해제</translation>
    </message>
    <message>
        <source>Pin Lane “%1” to the Top</source>
        <translation>“%1” 레인을 맨 위에 고정</translation>
    </message>
    <message>
        <source>Hide Lane “%1”</source>
        <translation>“%1” 레인 숨기기</translation>
    </message>
    <message>
        <source>Show Hidden Lanes (%1)</source>
        <translation>숨긴 레인 표시(%1)</translation>
    </message>
</context>
<context>
    <name>Newsline::Workspace</name>
    <message>
        <source>%1: already exists; choose another name or remove it first</source>
        <translation>%1: 이미 있습니다. 다른 이름을 고르거나 먼저 삭제하십시오</translation>
    </message>
    <message>
        <source>%1: no such workspace file</source>
        <translation>%1: 작업 공간 파일이 없습니다</translation>
    </message>
    <message>
        <source>%1: is a folder, not a workspace file</source>
        <translation>%1: 작업 공간 파일이 아니라 폴더입니다</translation>
    </message>
    <message>
        <source>%1: an SQLite database, but not a Newsline workspace; the file was left untouched</source>
        <translation>%1: SQLite 데이터베이스이지만 Newsline 작업 공간이 아닙니다. 파일은 변경하지 않았습니다</translation>
    </message>
    <message>
        <source>%1: made by a newer Newsline (workspace format %2, this program reads up to %3)</source>
        <translation>%1: 더 새로운 Newsline에서 만든 파일입니다(작업 공간 형식 %2, 이 프로그램은 %3까지 읽음)</translation>
    </message>
    <message>
        <source>%1: the workspace could not be opened for writing: %2</source>
        <translation>%1: 작업 공간을 쓰기용으로 열 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1: the copy could not be written: %2</source>
        <translation>%1: 사본을 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>the correction names no article</source>
        <translation>수정이 어떤 기사도 가리키지 않습니다</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: not a regular file, so not a workspace</source>
        <translation>%1: 일반 파일이 아니므로 작업 공간이 아닙니다</translation>
    </message>
    <message>
        <source>opened for reading only</source>
        <translation>읽기 전용으로 열림</translation>
    </message>
    <message>
        <source>%1: %2; the file was left untouched</source>
        <translation>%1: %2. 파일은 변경하지 않았습니다</translation>
    </message>
    <message>
        <source>%1: the workspace cannot be read (%2); the file was left untouched</source>
        <translation>%1: 작업 공간을 읽을 수 없습니다(%2). 파일은 변경하지 않았습니다</translation>
    </message>
    <message>
        <source>%1: not a complete Newsline workspace (it holds no workspace tables); the file was left untouched</source>
        <translation>%1: 완전한 Newsline 작업 공간이 아닙니다(작업 공간 테이블이 없음). 파일은 변경하지 않았습니다</translation>
    </message>
    <message>
        <source>%1: not opened: %2. A workspace that was altered outside Newsline may act on this computer; the file was left untouched</source>
        <translation>%1: 열지 않았습니다: %2. Newsline 밖에서 변경된 작업 공간은 이 컴퓨터에 영향을 줄 수 있습니다. 파일은 변경하지 않았습니다</translation>
    </message>
    <message>
        <source>%1: not opened: %2; the file was left untouched</source>
        <translation>%1: 열지 않았습니다: %2. 파일은 변경하지 않았습니다</translation>
    </message>
    <message>
        <source>%1: the workspace needs upgrading to the current format, but it is read-only (%2)</source>
        <translation>%1: 작업 공간을 현재 형식으로 업그레이드해야 하지만 읽기 전용입니다(%2)</translation>
    </message>
    <message>
        <source>%1 is read-only (%2): you can read and search it, but not import into it or change it.</source>
        <translation>%1은(는) 읽기 전용입니다(%2). 읽고 검색할 수는 있지만 가져오거나 변경할 수는 없습니다.</translation>
    </message>
    <message>
        <source>%1: the copy was not made: %2</source>
        <translation>%1: 사본을 만들지 못했습니다: %2</translation>
    </message>
    <message>
        <source>an added quote needs its words</source>
        <translation>추가한 인용에는 그 말이 있어야 합니다</translation>
    </message>
    <message>
        <source>this database role may only read</source>
        <translation>이 데이터베이스 역할은 읽기만 가능</translation>
    </message>
    <message>
        <source>%1: a workspace on a server is copied into a file with File → Save Workspace As… or newsline copy-workspace</source>
        <translation>%1: 서버의 작업 공간은 파일 → 다른 이름으로 작업 공간 저장… 또는 newsline copy-workspace로 파일에 복사합니다</translation>
    </message>
    <message>
        <source>%1 is now %2</source>
        <translation>%1은(는) 현재 %2</translation>
    </message>
    <message>
        <source>another analyst</source>
        <translation>다른 분석가</translation>
    </message>
    <message>
        <source>%1 deleted this item at %2, after you last read it; your change was not saved</source>
        <translation>마지막으로 읽은 뒤 %1이(가) %2에 이 항목을 삭제했습니다. 변경 내용은 저장되지 않았습니다</translation>
    </message>
    <message>
        <source>%1 changed the same field at %2, after you last read it (%3); your change was not saved</source>
        <translation>마지막으로 읽은 뒤 %1이(가) %2에 같은 필드를 변경했습니다(%3). 변경 내용은 저장되지 않았습니다</translation>
    </message>
    <message>
        <source>%1: the server cannot be reached: %2</source>
        <translation>%1: 서버에 연결할 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>Newsline::WorkspaceArticleModel</name>
    <message>
        <source>published %1</source>
        <translation>%1 게재</translation>
    </message>
</context>
<context>
    <name>Newsline::WorkspaceCopy</name>
    <message>
        <source>%1: the articles could not be read: %2</source>
        <translation>%1: 기사를 읽을 수 없었습니다: %2</translation>
    </message>
</context>
<context>
    <name>Newsline::WorkspaceImporter</name>
    <message>
        <source>it was extracted by a newer Newsline (extraction revision %1; this program has revision %2), whose work this one would undo</source>
        <translation>더 새로운 Newsline에서 추출되었습니다(추출 리비전 %1, 이 프로그램은 리비전 %2). 이 프로그램으로 처리하면 그 작업이 되돌려집니다</translation>
    </message>
</context>
<context>
    <name>Newsline::WorkspaceQuoteModel</name>
    <message>
        <source>unknown speaker</source>
        <translation>발언자 미상</translation>
    </message>
    <message>
        <source>Quoted words inside reported speech: %1</source>
        <translation>간접 화법 속 인용 어구: %1</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>발언자</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>직책</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>인용</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>기사</translation>
    </message>
    <message>
        <source>Speaker set by the analyst; as extracted: %1</source>
        <translation>분석가가 지정한 발언자; 추출된 값: %1</translation>
    </message>
    <message>
        <source>Quote added by the analyst from the article&apos;s text: %1</source>
        <translation>분석가가 기사 본문에서 추가한 인용: %1</translation>
    </message>
</context>
<context>
    <name>Newsline::WorkspaceSession</name>
    <message>
        <source>No workspace is open.</source>
        <translation>열려 있는 작업 공간이 없습니다.</translation>
    </message>
    <message>
        <source>The workspace is busy; wait for the current work to end or cancel it (Esc).</source>
        <translation>작업 공간이 사용 중입니다. 현재 작업이 끝날 때까지 기다리거나 취소하십시오(Esc).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: not a folder</source>
        <translation>%1: 폴더가 아닙니다</translation>
    </message>
    <message>
        <source>%1: the watched folder is missing; new articles there are not imported</source>
        <translation>%1: 감시 중인 폴더가 없습니다. 그곳의 새 기사는 가져오지 않습니다</translation>
    </message>
    <message>
        <source>No temporary workspace could be made in %1: %2</source>
        <translation>%1에 임시 작업 공간을 만들 수 없습니다: %2</translation>
    </message>
    <message>
        <source>it failed its check when opened</source>
        <translation>열 때 검사를 통과하지 못했습니다</translation>
    </message>
</context>
<context>
    <name>TimexEvaluator</name>
    <message>
        <source>%1: no gold file %2</source>
        <translation>%1: 정답 파일 %2이(가) 없습니다</translation>
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
    <message>
        <source>Article files or folders, or one workspace: a file (.newsline) or a team workspace (postgresql://...).</source>
        <translation>기사 파일 또는 폴더, 또는 작업 공간 하나: 파일(.newsline) 또는 팀 작업 공간(postgresql://...).</translation>
    </message>
</context>
<context>
    <name>eval-timex</name>
    <message>
        <source>articles %1, gold timexes %2, system timexes %3</source>
        <translation>기사 %1, 정답 시간 표현 %2, 시스템 시간 표현 %3</translation>
    </message>
    <message>
        <source>relaxed span  P %1  R %2  F1 %3</source>
        <translation>완화 범위    P %1  R %2  F1 %3</translation>
    </message>
    <message>
        <source>strict span   F1 %1</source>
        <translation>엄격 범위    F1 %1</translation>
    </message>
    <message>
        <source>type accuracy %1  value accuracy %2</source>
        <translation>유형 정확도  %1  값 정확도 %2</translation>
    </message>
    <message>
        <source>value F1      %1</source>
        <translation>값 F1        %1</translation>
    </message>
    <message>
        <source>Scores the temporal tagger against gold timexes (&lt;name&gt;.txt beside &lt;name&gt;.gold.json): relaxed and strict span F1, type and value accuracy, and value F1 = relaxed F1 x value accuracy (the TempEval-3 ranking measure).</source>
        <translation>시간 태거를 정답 시간 표현(&lt;name&gt;.gold.json 옆의 &lt;name&gt;.txt)과 비교해 채점합니다: 완화·엄격 범위 F1, 유형·값 정확도, 그리고 값 F1 = 완화 F1 x 값 정확도(TempEval-3의 순위 척도).</translation>
    </message>
    <message>
        <source>Score only the first N lines of each text, the part the gold annotates (MEANTIME: headline, date line and four sentences, N = 6); 0 scores the whole text.</source>
        <translation>각 텍스트의 처음 N줄, 즉 정답이 주석을 단 부분만 채점합니다(MEANTIME: 제목, 날짜 줄, 네 문장, N = 6). 0이면 전체 텍스트를 채점합니다.</translation>
    </message>
    <message>
        <source>List every miss, spurious find and wrong type or value.</source>
        <translation>놓친 것, 잘못 찾은 것, 유형이나 값이 틀린 것을 모두 나열합니다.</translation>
    </message>
    <message>
        <source>Folder of articles and gold.</source>
        <translation>기사와 정답 파일이 있는 폴더.</translation>
    </message>
    <message>
        <source>newsline eval-timex: give one folder (see --help)</source>
        <translation>newsline eval-timex: 폴더 하나를 지정하십시오(--help 참고)</translation>
    </message>
    <message>
        <source>newsline eval-timex: --annotated-lines needs a number</source>
        <translation>newsline eval-timex: --annotated-lines에는 숫자가 필요합니다</translation>
    </message>
    <message>
        <source>newsline eval-timex: no article with gold found</source>
        <translation>newsline eval-timex: 정답이 있는 기사를 찾지 못했습니다</translation>
    </message>
    <message>
        <source>whole text, unannotated lines included: relaxed P %1, value F1 %2</source>
        <translation>전체 텍스트(주석 없는 줄 포함): 완화 P %1, 값 F1 %2</translation>
    </message>
</context>
<context>
    <name>extract</name>
    <message>
        <source>Reads articles and prints their dates, money figures, entities, quotes and events as one JSON document on stdout.</source>
        <translation>기사를 읽어 날짜, 금액, 개체, 인용, 사건을 하나의 JSON 문서로 표준 출력에 씁니다.</translation>
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
        <source>newsline extract: --published &quot;%1&quot; is not a date (expected YYYY-MM-DD)</source>
        <translation>newsline extract: --published &quot;%1&quot;은(는) 날짜가 아닙니다(YYYY-MM-DD 형식)</translation>
    </message>
    <message>
        <source>newsline extract: no input given (see --help)</source>
        <translation>newsline extract: 입력이 없습니다(--help 참고)</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message numerus="yes">
        <source>The extractor changed since %n article(s) were extracted: extracting them again.</source>
        <translation>
            <numerusform>기사 %n건을 추출한 뒤 추출기가 바뀌었습니다. 다시 추출합니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s) got a dollar value from the updated exchange rates.</source>
        <translation>
            <numerusform>금액 %n개가 갱신된 환율로 달러 값을 받았습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>print the extraction of articles as JSON</source>
        <translation>기사 추출 결과를 JSON으로 출력</translation>
    </message>
    <message>
        <source>write a PDF briefing of articles</source>
        <translation>기사로 PDF 브리핑 작성</translation>
    </message>
    <message>
        <source>score the date finder against gold timexes</source>
        <translation>정답 시간 표현으로 날짜 탐지기 채점</translation>
    </message>
    <message>
        <source>import articles into a workspace file</source>
        <translation>작업 공간 파일로 기사 가져오기</translation>
    </message>
    <message>
        <source>search the quotes and articles of a workspace</source>
        <translation>작업 공간의 인용과 기사 검색</translation>
    </message>
    <message>
        <source>Turns news articles into a verified timeline and a briefing.

Commands (newsline COMMAND --help):</source>
        <translation>뉴스 기사를 검증된 타임라인과 브리핑으로 바꿉니다.

명령(newsline 명령 --help):</translation>
    </message>
    <message>
        <source>Language of the interface.</source>
        <translation>인터페이스 언어.</translation>
    </message>
    <message>
        <source>Publication date of inputs whose front matter gives none.</source>
        <translation>머리말에 게재일이 없는 입력의 게재일.</translation>
    </message>
    <message>
        <source>newsline: these knowledge files cannot be used, so Newsline does not start:
%1</source>
        <translation>newsline: 다음 지식 파일을 사용할 수 없어 Newsline을 시작하지 않습니다:
%1</translation>
    </message>
    <message>
        <source>Newsline cannot start</source>
        <translation>Newsline을 시작할 수 없습니다</translation>
    </message>
    <message>
        <source>write events, figures or quotes as CSV, JSON, iCalendar or TimelineJS</source>
        <translation>사건, 금액, 인용을 CSV, JSON, iCalendar, TimelineJS로 쓰기</translation>
    </message>
    <message>
        <source>say how old the exchange rates are, or fetch newer ones</source>
        <translation>환율이 얼마나 오래되었는지 알려 주거나 더 새로운 환율 받기</translation>
    </message>
    <message>
        <source>copy a workspace into another: a file to a team workspace on PostgreSQL, or back</source>
        <translation>작업 공간을 다른 작업 공간으로 복사: 파일을 PostgreSQL 팀 작업 공간으로, 또는 그 반대로</translation>
    </message>
    <message>
        <source>A workspace file (.newsline), a team workspace (postgresql://...), or article files or folders to open (default: the workspace open last time, else the files of the last session, else the bundled sample corpus).</source>
        <translation>열 작업 공간 파일(.newsline), 팀 작업 공간(postgresql://...) 또는 기사 파일이나 폴더(기본값: 지난번에 열었던 작업 공간, 없으면 지난 세션의 파일, 그것도 없으면 함께 제공되는 예제 코퍼스).</translation>
    </message>
</context>
</TS>
