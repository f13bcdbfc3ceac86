#include "serverstore.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>

#include <array>

using namespace Qt::StringLiterals;

namespace Newsline::ServerStore {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Newsline::ServerStore", text);
}

// The tables of a workspace file (StoreSchema, version 8) in PostgreSQL's types. Full-text search is a tsvector
// column PostgreSQL keeps itself (generated, 'simple' configuration: words as written, in any language) with a GIN
// index: an article's title weighs A and its text D; a quote's speaker A, the speaker's role B and its words D.
// Ids of articles and quotes come from their sequence; events and corrections get theirs from the store (the largest
// id and one, as SQLite gives a row id), since a rebuild writes events with the ids they had.
constexpr std::array schemaStatements{
    // SQLite's functions the store's shared SQL calls, on the server: julianday() of an ISO date (what bulk reads take
    // dates as), json_extract() with a '$.a.b' path and json_valid() of the corrections' data.
    R"(CREATE FUNCTION julianday(text) RETURNS double precision LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
        $$ SELECT CASE WHEN $1 ~ '^\d{4}-\d{2}-\d{2}$' THEN to_char($1::date, 'J')::double precision - 0.5 END $$)",
    R"(CREATE FUNCTION json_valid(text) RETURNS boolean LANGUAGE plpgsql IMMUTABLE AS
        $$ BEGIN PERFORM $1::jsonb; RETURN true; EXCEPTION WHEN others THEN RETURN false; END $$)",
    R"(CREATE FUNCTION json_extract(text, text) RETURNS text LANGUAGE sql IMMUTABLE AS
        $$ SELECT CASE WHEN json_valid($1) THEN $1::jsonb #>> string_to_array(substr($2, 3), '.') END $$)",
    R"(CREATE TABLE meta (key text PRIMARY KEY, value text))",
    R"(CREATE TABLE articles (
        id bigserial PRIMARY KEY, file text NOT NULL, hash text NOT NULL UNIQUE,
        title text, source text, url text, published text, language text, original_language text, note text,
        extra_metadata text, text text NOT NULL, paragraphs bytea, sentences bytea, boilerplate bytea,
        extractor_version text, imported text, file_size bigint, file_modified text,
        search tsvector GENERATED ALWAYS AS (setweight(to_tsvector('simple', coalesce(title, '')), 'A') ||
                                             setweight(to_tsvector('simple', text), 'D')) STORED))",
    R"(CREATE INDEX articles_by_file ON articles (file))",
    R"(CREATE INDEX articles_by_published ON articles (published, id))",
    R"(CREATE INDEX articles_by_extractor ON articles (extractor_version))",
    R"(CREATE INDEX articles_search ON articles USING gin (search))",
    R"(CREATE TABLE timexes (
        article_id bigint NOT NULL REFERENCES articles(id) ON DELETE CASCADE, idx integer NOT NULL,
        start integer, "end" integer, text text, type text, value text, PRIMARY KEY (article_id, idx)))",
    R"(CREATE TABLE figures (
        article_id bigint NOT NULL REFERENCES articles(id) ON DELETE CASCADE, idx integer NOT NULL,
        start integer, "end" integer, text text, amount text, amount_max text, currency text,
        approximate integer, kind text, usd text, usd_rate_date text, per text, PRIMARY KEY (article_id, idx)))",
    R"(CREATE TABLE entities (
        article_id bigint NOT NULL REFERENCES articles(id) ON DELETE CASCADE, idx integer NOT NULL,
        name text NOT NULL, type text, mentions bytea, PRIMARY KEY (article_id, idx)))",
    R"(CREATE INDEX entities_by_name ON entities (lower(name)))",
    // Lanes take each name's type from the latest article naming it (DISTINCT ON, read from this index).
    R"(CREATE INDEX entities_latest ON entities (name, article_id DESC, idx DESC, type))",
    R"(CREATE TABLE entity_roles (
        article_id bigint NOT NULL REFERENCES articles(id) ON DELETE CASCADE, entity_idx integer NOT NULL,
        idx integer NOT NULL, title text, organisation text, start integer, "end" integer,
        PRIMARY KEY (article_id, entity_idx, idx)))",
    R"(CREATE TABLE quotes (
        id bigserial PRIMARY KEY,
        article_id bigint NOT NULL REFERENCES articles(id) ON DELETE CASCADE, idx integer NOT NULL,
        start integer, "end" integer, text text, speaker text, speaker_start integer, speaker_end integer,
        speaker_role text, sort_date text NOT NULL DEFAULT '~', kind text NOT NULL DEFAULT 'direct',
        correction_id bigint,
        search tsvector GENERATED ALWAYS AS (setweight(to_tsvector('simple', coalesce(speaker, '')), 'A') ||
                                             setweight(to_tsvector('simple', coalesce(speaker_role, '')), 'B') ||
                                             setweight(to_tsvector('simple', coalesce(text, '')), 'D')) STORED))",
    R"(CREATE INDEX quotes_by_article ON quotes (article_id, idx))",
    R"(CREATE INDEX quotes_by_speaker ON quotes (lower(speaker)))",
    R"(CREATE INDEX quotes_by_date ON quotes (sort_date, article_id, idx))",
    R"(CREATE INDEX quotes_by_correction ON quotes (correction_id) WHERE correction_id IS NOT NULL)",
    R"(CREATE INDEX quotes_search ON quotes USING gin (search))",
    R"(CREATE TABLE events (
        id bigint PRIMARY KEY,
        key text NOT NULL, type text, date text, sort_key text NOT NULL, precision text, date_basis text,
        actors text, summary text, lane text, figures text, conflicts text, bucket text, order_key text,
        rank integer, parties text, salience text, running_total integer NOT NULL DEFAULT 0, wording text))",
    R"(CREATE INDEX events_by_date ON events (sort_key, rank))",
    R"(CREATE INDEX events_by_bucket ON events (bucket))",
    R"(CREATE INDEX events_by_order ON events (order_key))",
    R"(CREATE TABLE event_sources (
        event_id bigint NOT NULL REFERENCES events(id) ON DELETE CASCADE, idx integer NOT NULL,
        article_id bigint NOT NULL REFERENCES articles(id) ON DELETE CASCADE, start integer, "end" integer,
        PRIMARY KEY (event_id, idx)))",
    R"(CREATE INDEX event_sources_by_article ON event_sources (article_id))",
    R"(CREATE TABLE event_changes (article_id bigint PRIMARY KEY))",
    R"(CREATE TABLE event_mentions (
        article_id bigint NOT NULL REFERENCES articles(id) ON DELETE CASCADE, idx integer NOT NULL,
        bucket text NOT NULL, data bytea NOT NULL, PRIMARY KEY (article_id, idx)))",
    R"(CREATE INDEX event_mentions_by_bucket ON event_mentions (bucket))",
    R"(CREATE TABLE corrections (
        id bigint PRIMARY KEY,
        kind text NOT NULL, target text NOT NULL, article_hash text NOT NULL, start integer NOT NULL,
        "end" integer NOT NULL, data text NOT NULL, author text, made bigint NOT NULL))",
    R"(CREATE INDEX corrections_by_place ON corrections (kind, article_hash, start))",
    R"(CREATE TABLE correction_evidence (
        correction_id bigint NOT NULL REFERENCES corrections(id) ON DELETE CASCADE, idx integer NOT NULL,
        article_hash text NOT NULL, start integer NOT NULL, "end" integer NOT NULL, text text,
        PRIMARY KEY (correction_id, idx)))",
};

// The libpq keywords a URI sets through QSqlDatabase's own fields.
bool isOwnField(const QString &key)
{
    return key == "host"_L1 || key == "port"_L1 || key == "dbname"_L1 || key == "user"_L1 || key == "password"_L1;
}

} // namespace

QString oneLine(const QSqlError &error)
{
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return text.simplified();
}

bool isUri(const QString &text)
{
    return text.startsWith("postgresql://"_L1, Qt::CaseInsensitive) ||
           text.startsWith("postgres://"_L1, Qt::CaseInsensitive);
}

QString displayName(const QString &uri)
{
    return QUrl(uri, QUrl::StrictMode).toString(QUrl::RemovePassword);
}

QStringList schema()
{
    QStringList statements;
    for (const char *statement : schemaStatements) {
        statements.append(QString::fromUtf8(statement));
    }
    return statements;
}

bool connect(const QString &uri, const QString &connection, QString *error)
{
    const auto failed = [&](const QString &message) {
        *error = message;
        return false;
    };
    const QUrl url(uri, QUrl::StrictMode);
    if (!isUri(uri) || !url.isValid()) {
        return failed(tr("%1: not a team workspace address (postgresql://user@host:port/database)").arg(uri));
    }
    if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s)) {
        return failed(tr("the Qt PostgreSQL driver (QPSQL) is not installed; on Debian install libqt6sql6-psql"));
    }
    const QUrlQuery query(url);
    const QString displayed = url.toString(QUrl::RemovePassword);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, connection);
    db.setHostName(query.hasQueryItem(u"host"_s) ? query.queryItemValue(u"host"_s, QUrl::FullyDecoded) : url.host());
    const int port = query.hasQueryItem(u"port"_s) ? query.queryItemValue(u"port"_s).toInt() : url.port(-1);
    if (port > 0) {
        db.setPort(port);
    }
    db.setDatabaseName(query.hasQueryItem(u"dbname"_s) ? query.queryItemValue(u"dbname"_s, QUrl::FullyDecoded)
                                                       : url.path(QUrl::FullyDecoded).mid(1));
    db.setUserName(query.hasQueryItem(u"user"_s) ? query.queryItemValue(u"user"_s, QUrl::FullyDecoded)
                                                 : url.userName(QUrl::FullyDecoded));
    if (!url.password().isEmpty()) {
        db.setPassword(url.password(QUrl::FullyDecoded));
    }
    // Other libpq settings pass as they are (TLS as sslmode says, a service name); a server that does not answer
    // is given up on, never waited for.
    QStringList options;
    bool timeout = false;
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (isOwnField(key)) {
            continue;
        }
        static const QRegularExpression safe(u"^[A-Za-z_]+$"_s);
        if (!safe.match(key).hasMatch() || value.contains(u' ') || value.contains(u';')) {
            return failed(tr("%1: the option \"%2\" cannot be passed to the server").arg(displayed, key));
        }
        timeout = timeout || key == "connect_timeout"_L1;
        options.append(key + u'=' + value);
    }
    if (!timeout) {
        options.append(u"connect_timeout=5"_s);
    }
    db.setConnectOptions(options.join(u';'));
    if (!db.open()) {
        return failed(tr("%1: cannot connect: %2").arg(displayed, oneLine(db.lastError())));
    }
    return true;
}

bool prepare(QSqlDatabase &db, bool *readOnly, QString *error)
{
    QSqlQuery q(db);
    const auto run = [&](const QString &sql) {
        if (q.exec(sql)) {
            return true;
        }
        *error = oneLine(q.lastError());
        return false;
    };
    const auto version = [&](int *found) {
        if (!run(u"SELECT value FROM meta WHERE key = 'schema_version'"_s)) {
            return false;
        }
        *found = q.next() ? q.value(0).toInt() : 0;
        return true;
    };
    if (!run(u"SELECT to_regclass('meta') IS NOT NULL, to_regclass('articles') IS NOT NULL, "
             "has_schema_privilege(current_schema(), 'CREATE')"_s) ||
        !q.next()) {
        return false;
    }
    const bool hasMeta = q.value(0).toBool();
    const bool hasArticles = q.value(1).toBool();
    const bool mayCreate = q.value(2).toBool();
    int found = 0;
    if (hasMeta && !version(&found)) {
        return false;
    }
    if (hasArticles && found < 1) {
        *error = tr("the database holds tables of another program (or of an earlier Newsline team format), not a "
                    "Newsline workspace; use a database of its own");
        return false;
    }
    if (found > CurrentVersion) {
        *error = tr("made by a newer Newsline (workspace format %1, this program reads up to %2)")
                     .arg(found)
                     .arg(CurrentVersion);
        return false;
    }
    if (found >= 1) {
        if (!run(
                u"SELECT has_table_privilege('articles', 'INSERT') AND has_table_privilege('corrections', 'INSERT')"_s) ||
            !q.next()) {
            return false;
        }
        *readOnly = !q.value(0).toBool();
        if (found == CurrentVersion) {
            return true;
        }
        if (*readOnly) {
            *error = tr("the workspace needs upgrading to the current format, which this read-only role may not do");
            return false;
        }
    } else if (!mayCreate) {
        *error = tr("the database holds no Newsline workspace, and this role may not make one");
        return false;
    }
    *readOnly = false;
    // One program makes or upgrades the schema; another waiting on the lock finds it done.
    if (!db.transaction()) {
        *error = oneLine(db.lastError());
        return false;
    }
    const auto rollback = [&] {
        db.rollback();
        return false;
    };
    // Asked of the catalog itself, not through to_regclass(): this session's cache of names may still say "no such
    // table" about one another program made while this one waited for the lock.
    if (!run(u"SELECT pg_advisory_xact_lock(%1)"_s.arg(WriteLock)) ||
        !run(u"SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = "
             "c.relnamespace WHERE c.relname = 'meta' AND n.nspname = current_schema())"_s) ||
        !q.next()) {
        return rollback();
    }
    found = 0;
    if (q.value(0).toBool() && !version(&found)) {
        return rollback();
    }
    if (found < 1) {
        for (const QString &statement : schema()) {
            if (!run(statement)) {
                return rollback();
            }
        }
        if (!run(u"INSERT INTO meta (key, value) VALUES ('created', to_char(now() AT TIME ZONE 'UTC', "
                 "'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'))"_s)) {
            return rollback();
        }
    }
    // Steps from version 8 to later ones will run here, each once, under the same lock.
    if (!run(u"INSERT INTO meta (key, value) VALUES ('schema_version', '%1') "
             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s.arg(CurrentVersion))) {
        return rollback();
    }
    if (!db.commit()) {
        *error = oneLine(db.lastError());
        return false;
    }
    return true;
}

QString tsQuery(const QString &ftsQuery)
{
    static const QRegularExpression word(u"\\w+"_s, QRegularExpression::UseUnicodePropertiesOption);
    QStringList out;
    // The weights the next term is restricted to ("A": a speaker; "AB": a speaker or role).
    QString weights;
    const auto operand = [&out](const QString &text) {
        if (!out.isEmpty() && out.last() != u"&"_s && out.last() != u"("_s) {
            out.append(u"&"_s);
        }
        out.append(text);
    };
    for (qsizetype i = 0; i < ftsQuery.size();) {
        const QChar c = ftsQuery.at(i);
        if (c.isSpace()) {
            ++i;
        } else if (c == u'(') {
            operand(u"("_s);
            ++i;
        } else if (c == u')') {
            // An empty group says nothing.
            if (!out.isEmpty() && out.last() == u"("_s) {
                out.removeLast();
                if (!out.isEmpty() && out.last() == u"&"_s) {
                    out.removeLast();
                }
            } else {
                out.append(u")"_s);
            }
            ++i;
        } else if (c == u'{') {
            const qsizetype end = ftsQuery.indexOf(u'}', i);
            const QString columns = ftsQuery.mid(i + 1, end < 0 ? -1 : end - i - 1);
            weights = columns.contains("role"_L1) ? u"AB"_s : u"A"_s;
            i = end < 0 ? ftsQuery.size() : end + 1;
        } else if (c == u':') {
            ++i;
        } else if (c == u'"') {
            const qsizetype end = ftsQuery.indexOf(u'"', i + 1);
            const QString term = ftsQuery.mid(i + 1, end < 0 ? -1 : end - i - 1);
            i = end < 0 ? ftsQuery.size() : end + 1;
            const bool prefix = i < ftsQuery.size() && ftsQuery.at(i) == u'*';
            i += prefix ? 1 : 0;
            QStringList words;
            for (auto it = word.globalMatch(term); it.hasNext();) {
                words.append(it.next().captured().toLower());
            }
            if (words.isEmpty()) {
                weights.clear();
                continue;
            }
            for (qsizetype w = 0; w < words.size(); ++w) {
                const bool last = w == words.size() - 1;
                const QString label = (prefix && last ? u"*"_s : QString()) + weights;
                if (!label.isEmpty()) {
                    words[w] += u':' + label;
                }
            }
            operand(words.size() == 1 ? words.first() : u'(' + words.join(u" <-> "_s) + u')');
            weights.clear();
        } else {
            // A bare word: AND, or a column name before ":".
            qsizetype end = i;
            while (end < ftsQuery.size() && !ftsQuery.at(end).isSpace() && ftsQuery.at(end) != u':' &&
                   ftsQuery.at(end) != u'(' && ftsQuery.at(end) != u')' && ftsQuery.at(end) != u'"') {
                ++end;
            }
            const QString bare = ftsQuery.mid(i, end - i);
            if (bare == "AND"_L1) {
                if (!out.isEmpty() && out.last() != u"&"_s && out.last() != u"("_s) {
                    out.append(u"&"_s);
                }
            } else if (bare == "speaker"_L1) {
                weights = u"A"_s;
            } else if (bare == "speaker_role"_L1) {
                weights = u"B"_s;
            }
            i = std::max(end, i + 1);
        }
    }
    while (!out.isEmpty() && out.last() == u"&"_s) {
        out.removeLast();
    }
    return out.join(u' ');
}

} // namespace Newsline::ServerStore
