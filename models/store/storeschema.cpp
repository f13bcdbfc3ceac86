#include "storeschema.h"

#include "storefile.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <array>

using namespace Qt::StringLiterals;

namespace Newsline::StoreSchema {

namespace {

QString tr(const char *text)
{
    // lupdate files tr() calls here under the enclosing namespace, so the catalogue context is that.
    return QCoreApplication::translate("Newsline::StoreSchema", text);
}

// Version 1: articles with their text and segmentation, and the per-article extraction.
constexpr std::array version1{
    R"(CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT))",
    R"(CREATE TABLE articles (
        id INTEGER PRIMARY KEY,
        file TEXT NOT NULL,
        hash TEXT NOT NULL UNIQUE,
        title TEXT, source TEXT, url TEXT, published TEXT,
        language TEXT, original_language TEXT, note TEXT, extra_metadata TEXT,
        text TEXT NOT NULL,
        paragraphs BLOB, sentences BLOB, boilerplate BLOB,
        extractor_version TEXT,
        imported TEXT))",
    R"(CREATE INDEX articles_by_file ON articles(file))",
    R"(CREATE INDEX articles_by_published ON articles(published, id))",
    R"(CREATE TABLE timexes (
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE, idx INTEGER NOT NULL,
        start INTEGER, "end" INTEGER, text TEXT, type TEXT, value TEXT, PRIMARY KEY (article_id, idx)))",
    R"(CREATE TABLE figures (
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE, idx INTEGER NOT NULL,
        start INTEGER, "end" INTEGER, text TEXT, amount TEXT, amount_max TEXT, currency TEXT,
        approximate INTEGER, kind TEXT, usd TEXT, usd_rate_date TEXT, PRIMARY KEY (article_id, idx)))",
    R"(CREATE TABLE entities (
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE, idx INTEGER NOT NULL,
        name TEXT NOT NULL, type TEXT, mentions BLOB, PRIMARY KEY (article_id, idx)))",
    R"(CREATE INDEX entities_by_name ON entities(name COLLATE NOCASE))",
    R"(CREATE TABLE entity_roles (
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE, entity_idx INTEGER NOT NULL,
        idx INTEGER NOT NULL, title TEXT, organisation TEXT, start INTEGER, "end" INTEGER,
        PRIMARY KEY (article_id, entity_idx, idx)))",
    R"(CREATE TABLE quotes (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE, idx INTEGER NOT NULL,
        start INTEGER, "end" INTEGER, text TEXT, speaker TEXT, speaker_start INTEGER, speaker_end INTEGER,
        speaker_role TEXT))",
    R"(CREATE INDEX quotes_by_article ON quotes(article_id, idx))",
};

// Version 2: full-text search over articles and quotes, events across the workspace, file stamps for fast re-import.
constexpr std::array version2{
    R"(ALTER TABLE articles ADD COLUMN file_size INTEGER)",
    R"(ALTER TABLE articles ADD COLUMN file_modified TEXT)",
    R"(CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2'))",
    R"(CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text); END)",
    R"(CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text); END)",
    R"(CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text); END)",
    R"(INSERT INTO articles_fts(articles_fts) VALUES ('rebuild'))",
    // Ranking by the table's own rank column lets FTS5 sort and stop at the LIMIT, so snippets are made for the
    // returned rows only: a title word weighs five body words.
    R"(INSERT INTO articles_fts(articles_fts, rank) VALUES ('rank', 'bm25(5.0, 1.0)'))",
    R"(CREATE VIRTUAL TABLE quotes_fts USING fts5(text, speaker, speaker_role, content='quotes', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2'))",
    R"(CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
        INSERT INTO quotes_fts(rowid, text, speaker, speaker_role)
        VALUES (new.id, new.text, new.speaker, new.speaker_role); END)",
    R"(CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
        INSERT INTO quotes_fts(quotes_fts, rowid, text, speaker, speaker_role)
        VALUES ('delete', old.id, old.text, old.speaker, old.speaker_role); END)",
    R"(INSERT INTO quotes_fts(quotes_fts) VALUES ('rebuild'))",
    // The speaker's name weighs more than a word of the quote, the role less.
    R"(INSERT INTO quotes_fts(quotes_fts, rank) VALUES ('rank', 'bm25(1.0, 2.0, 0.5)'))",
    R"(CREATE INDEX quotes_by_speaker ON quotes(speaker COLLATE NOCASE))",
    // The quote list is sorted by date: keep the article's date beside each quote so that the sort uses an index.
    // (undated sorts last as "~").
    R"(ALTER TABLE quotes ADD COLUMN sort_date TEXT NOT NULL DEFAULT '~')",
    R"(UPDATE quotes SET sort_date = coalesce((SELECT published FROM articles WHERE articles.id = quotes.article_id),
        '~'))",
    R"(CREATE INDEX quotes_by_date ON quotes(sort_date, article_id, idx))",
    R"(CREATE TABLE events (
        id INTEGER PRIMARY KEY,
        key TEXT NOT NULL, type TEXT, date TEXT, sort_key TEXT NOT NULL, precision TEXT, date_basis TEXT,
        actors TEXT, summary TEXT, lane TEXT, figures TEXT, conflicts TEXT))",
    R"(CREATE INDEX events_by_date ON events(sort_key, id))",
    R"(CREATE TABLE event_sources (
        event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE, idx INTEGER NOT NULL,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE, start INTEGER, "end" INTEGER,
        PRIMARY KEY (event_id, idx)))",
    R"(CREATE INDEX event_sources_by_article ON event_sources(article_id))",
    // Articles stored by version 1 were never part of an event build.
    R"(INSERT OR REPLACE INTO meta(key, value) VALUES ('events_outdated', '1'))",
};

// Version 3: events remember their merge bucket and their place in the date order, and articles changed since the
// last event build are listed, so that an import re-merges only the buckets its articles report in.
constexpr std::array version3{
    R"(ALTER TABLE events ADD COLUMN bucket TEXT)",
    R"(ALTER TABLE events ADD COLUMN order_key TEXT)",
    // Position in the date order, 1-based: the "e<rank>" key a full build gives. Version 2 numbered by row id.
    R"(ALTER TABLE events ADD COLUMN rank INTEGER)",
    R"(UPDATE events SET rank = id)",
    R"(DROP INDEX events_by_date)",
    R"(CREATE INDEX events_by_date ON events(sort_key, rank))",
    R"(CREATE INDEX events_by_bucket ON events(bucket))",
    R"(CREATE INDEX events_by_order ON events(order_key))",
    R"(CREATE TABLE event_changes (article_id INTEGER PRIMARY KEY))",
    // Events of version 2 carry no bucket: the next event update rebuilds them all.
    R"(INSERT OR REPLACE INTO meta(key, value) VALUES ('events_rebuild', 'full'))",
};

// Version 4: each article's reports of events, stored with its extraction, so that events are merged without reading
// and re-reading article texts.
constexpr std::array version4{
    R"(CREATE TABLE event_mentions (
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE, idx INTEGER NOT NULL,
        bucket TEXT NOT NULL, data BLOB NOT NULL, PRIMARY KEY (article_id, idx)))",
    R"(CREATE INDEX event_mentions_by_bucket ON event_mentions(bucket))",
    // Lanes take each name's type from the latest article naming it: this index answers that without a sort.
    R"(CREATE INDEX entities_latest ON entities(name, article_id, idx, type))",
    // Articles stored before have none yet: the next event update derives them all, and rebuilds every event.
    R"(INSERT OR REPLACE INTO meta(key, value) VALUES ('mentions', 'missing'))",
    R"(INSERT OR REPLACE INTO meta(key, value) VALUES ('events_rebuild', 'full'))",
};

// Version 5: a quote is direct (the quotation is the statement) or partial (quoted words inside reported speech;
// quotes stored before were direct ones); events name their parties with roles and say whether they are the news or
// a recollection, whether their amount is a total so far and what their summary is worded from (events stored before
// are built again from their reports); figures say what one unit they price ("a share").
constexpr std::array version5{
    R"(ALTER TABLE quotes ADD COLUMN kind TEXT NOT NULL DEFAULT 'direct')",
    R"(ALTER TABLE figures ADD COLUMN per TEXT)",
    R"(ALTER TABLE events ADD COLUMN parties TEXT)",
    R"(ALTER TABLE events ADD COLUMN salience TEXT)",
    R"(ALTER TABLE events ADD COLUMN running_total INTEGER NOT NULL DEFAULT 0)",
    R"(ALTER TABLE events ADD COLUMN wording TEXT)",
    R"(INSERT OR REPLACE INTO meta(key, value) VALUES ('events_rebuild', 'full'))",
};

// Version 6: no triggers, and articles indexed by extractor version. The full-text indexes are kept by the store's
// writer itself, so that the schema of a workspace holds nothing that runs, and SQLite may be told to trust none of it
// (trusted_schema off forbids full-text tables in triggers).
constexpr std::array version6{
    // Which extractor made the stored extraction is asked on every open: answered from an index, not the articles.
    R"(CREATE INDEX articles_by_extractor ON articles(extractor_version))",
    R"(DROP TRIGGER articles_fts_insert)",
    R"(DROP TRIGGER articles_fts_delete)",
    R"(DROP TRIGGER articles_fts_update)",
    R"(DROP TRIGGER quotes_fts_insert)",
    R"(DROP TRIGGER quotes_fts_delete)",
};

// Version 7: the analyst's corrections, kept apart from the extraction so that extracting again keeps them. Each names
// the item it corrects by a stable key (its article's content hash and span, not a row id), says who made it and when,
// and keeps the spans of article text it relies on. Times are milliseconds since 1970 (UTC): read back at once.
constexpr std::array version7{
    R"(CREATE TABLE corrections (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL, target TEXT NOT NULL, article_hash TEXT NOT NULL, start INTEGER NOT NULL,
        "end" INTEGER NOT NULL, data TEXT NOT NULL, author TEXT, made INTEGER NOT NULL))",
    // Quote lists leave out deleted quotes by their article and start.
    R"(CREATE INDEX corrections_by_place ON corrections(kind, article_hash, start))",
    R"(CREATE TABLE correction_evidence (
        correction_id INTEGER NOT NULL REFERENCES corrections(id) ON DELETE CASCADE, idx INTEGER NOT NULL,
        article_hash TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT,
        PRIMARY KEY (correction_id, idx)))",
};

// Version 8: quotes the analyst added from selected text stand beside the extracted ones (so lists, counts and searches
// find them), made again from their correction whenever the article's extraction is replaced; correction_id names it.
constexpr std::array version8{
    R"(ALTER TABLE quotes ADD COLUMN correction_id INTEGER)",
    R"(CREATE INDEX quotes_by_correction ON quotes(correction_id) WHERE correction_id IS NOT NULL)",
};

bool exec(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        if (error) {
            *error = tr("the workspace could not be updated: %1").arg(StoreFile::plainError(query.lastError()));
        }
        return false;
    }
    return true;
}

template <std::size_t N>
bool runStep(QSqlDatabase &db, const std::array<const char *, N> &statements, int version, QString *error)
{
    if (!exec(db, u"BEGIN IMMEDIATE"_s, error)) {
        return false;
    }
    // Another program opening the same workspace may have taken this step while this one waited for the lock.
    {
        QSqlQuery current(u"PRAGMA user_version"_s, db);
        if (current.next() && current.value(0).toInt() >= version) {
            current.finish();
            return exec(db, u"COMMIT"_s, error);
        }
    }
    for (const char *statement : statements) {
        if (!exec(db, QString::fromUtf8(statement), error)) {
            exec(db, u"ROLLBACK"_s, nullptr);
            return false;
        }
    }
    if (!exec(db, u"PRAGMA user_version = %1"_s.arg(version), error) || !exec(db, u"COMMIT"_s, error)) {
        exec(db, u"ROLLBACK"_s, nullptr);
        return false;
    }
    return true;
}

} // namespace

bool hasFts5(QSqlDatabase &db, QString *error)
{
    QSqlQuery query(db);
    // A probe in the temp schema writes nothing to the workspace file.
    if (query.exec(u"CREATE VIRTUAL TABLE temp.newsline_fts5_probe USING fts5(x)"_s)) {
        query.exec(u"DROP TABLE temp.newsline_fts5_probe"_s);
        return true;
    }
    if (error) {
        *error = tr("the SQLite library in use has no full-text search (FTS5); install an SQLite built with FTS5 "
                    "(Debian 12's libsqlite3-0 has it)");
    }
    return false;
}

bool create(QSqlDatabase &db, QString *error)
{
    if (!exec(db, u"PRAGMA application_id = %1"_s.arg(ApplicationId), error)) {
        return false;
    }
    // A new workspace has no events to rebuild whole and no articles lacking reports.
    return migrate(db, 0, error) && exec(db, u"DELETE FROM meta WHERE key IN ('events_rebuild', 'mentions')"_s, error);
}

QStringList step(int version)
{
    QStringList statements;
    const auto add = [&statements](const auto &array) {
        for (const char *statement : array) {
            statements.append(QString::fromUtf8(statement));
        }
    };
    switch (version) {
    case 1:
        add(version1);
        break;
    case 2:
        add(version2);
        break;
    case 3:
        add(version3);
        break;
    case 4:
        add(version4);
        break;
    case 5:
        add(version5);
        break;
    case 6:
        add(version6);
        break;
    case 7:
        add(version7);
        break;
    case 8:
        add(version8);
        break;
    default:
        break;
    }
    return statements;
}

bool migrate(QSqlDatabase &db, int fromVersion, QString *error)
{
    if (fromVersion < 1 && !runStep(db, version1, 1, error)) {
        return false;
    }
    if (fromVersion < 2 && !runStep(db, version2, 2, error)) {
        return false;
    }
    if (fromVersion < 3 && !runStep(db, version3, 3, error)) {
        return false;
    }
    if (fromVersion < 4 && !runStep(db, version4, 4, error)) {
        return false;
    }
    if (fromVersion < 5 && !runStep(db, version5, 5, error)) {
        return false;
    }
    if (fromVersion < 6 && !runStep(db, version6, 6, error)) {
        return false;
    }
    if (fromVersion < 7 && !runStep(db, version7, 7, error)) {
        return false;
    }
    if (fromVersion < 8 && !runStep(db, version8, 8, error)) {
        return false;
    }
    return true;
}

} // namespace Newsline::StoreSchema
