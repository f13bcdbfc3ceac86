#include "teamstore.h"

#include "workspace.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

#include <algorithm>
#include <array>
#include <limits>

using namespace Qt::StringLiterals;

namespace Newsline {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Newsline::TeamStore", text);
}

/// Schema version this program writes (newsline_meta's schema_version).
constexpr int SchemaVersion = 1;

// Version 1: articles by content hash and their quotes, each with a tsvector kept by PostgreSQL itself (generated
// columns) and indexed by GIN; the 'simple' configuration, so that words match as written, in any language.
constexpr std::array version1{
    R"(CREATE TABLE articles (
        id bigserial PRIMARY KEY, hash text NOT NULL UNIQUE, file text, title text, source text, url text,
        published date, language text, text text NOT NULL,
        tsv tsvector GENERATED ALWAYS AS (setweight(to_tsvector('simple', coalesce(title, '')), 'A') ||
                                          to_tsvector('simple', text)) STORED))",
    R"(CREATE INDEX articles_tsv ON articles USING gin (tsv))",
    R"(CREATE INDEX articles_by_published ON articles (published))",
    R"(CREATE TABLE quotes (
        id bigserial PRIMARY KEY, article_id bigint NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        start integer NOT NULL, "end" integer NOT NULL, text text NOT NULL, speaker text, speaker_role text,
        kind text NOT NULL DEFAULT 'direct',
        tsv tsvector GENERATED ALWAYS AS (to_tsvector('simple', text)) STORED,
        speaker_tsv tsvector GENERATED ALWAYS AS (to_tsvector('simple', coalesce(speaker, '') || ' ' ||
                                                               coalesce(speaker_role, ''))) STORED,
        UNIQUE (article_id, start)))",
    R"(CREATE INDEX quotes_tsv ON quotes USING gin (tsv))",
    R"(CREATE INDEX quotes_speaker_tsv ON quotes USING gin (speaker_tsv))",
};

// A server's message on one line: libpq's run over several ("connection to server ... failed: FATAL: ...").
QString oneLine(const QSqlError &error)
{
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return text.simplified();
}

// The libpq keywords a URI sets through QSqlDatabase's own fields.
bool isOwnField(const QString &key)
{
    return key == "host"_L1 || key == "port"_L1 || key == "dbname"_L1 || key == "user"_L1 || key == "password"_L1;
}

} // namespace

TeamStore::~TeamStore()
{
    if (!m_connection.isEmpty()) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connection, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
    }
}

bool TeamStore::isUri(const QString &text)
{
    return text.startsWith("postgresql://"_L1, Qt::CaseInsensitive) ||
           text.startsWith("postgres://"_L1, Qt::CaseInsensitive);
}

std::unique_ptr<TeamStore> TeamStore::open(const QString &uri, QString *error)
{
    const auto failed = [&](const QString &message) {
        if (error) {
            *error = message;
        }
        return nullptr;
    };
    const QUrl url(uri, QUrl::StrictMode);
    if (!isUri(uri) || !url.isValid()) {
        return failed(tr("%1: not a team workspace address (postgresql://user@host:port/database)").arg(uri));
    }
    if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s)) {
        return failed(tr("the Qt PostgreSQL driver (QPSQL) is not installed; on Debian install libqt6sql6-psql"));
    }
    const QUrlQuery query(url);
    QString displayed = url.toString(QUrl::RemovePassword);
    std::unique_ptr<TeamStore> store(new TeamStore);
    store->m_displayName = displayed;
    store->m_connection = u"newsline-team-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, store->m_connection);
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
    QString reason;
    if (!store->migrate(&reason)) {
        return failed(tr("%1: %2").arg(displayed, reason));
    }
    return store;
}

QSqlDatabase TeamStore::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

bool TeamStore::fail(const QString &message) const
{
    m_lastError = message;
    return false;
}

bool TeamStore::migrate(QString *error)
{
    QSqlDatabase db = database();
    QSqlQuery q(db);
    const auto run = [&](const QString &sql) {
        if (q.exec(sql)) {
            return true;
        }
        *error = oneLine(q.lastError());
        return false;
    };
    if (!run(u"SELECT to_regclass('newsline_meta') IS NOT NULL"_s) || !q.next()) {
        return false;
    }
    const bool exists = q.value(0).toBool();
    int version = 0;
    if (exists) {
        if (!run(u"SELECT value FROM newsline_meta WHERE key = 'schema_version'"_s)) {
            return false;
        }
        version = q.next() ? q.value(0).toInt() : 0;
        if (version > SchemaVersion) {
            *error = tr("made by a newer Newsline (team workspace format %1, this program reads up to %2)")
                         .arg(version)
                         .arg(SchemaVersion);
            return false;
        }
        if (!run(u"SELECT has_table_privilege('articles', 'INSERT') AND has_table_privilege('quotes', 'INSERT')"_s) ||
            !q.next()) {
            return false;
        }
        m_readOnly = !q.value(0).toBool();
        if (version == SchemaVersion || m_readOnly) {
            if (version < SchemaVersion) {
                *error = tr("the team workspace needs upgrading, which this read-only role may not do");
                return false;
            }
            return true;
        }
    } else {
        if (!run(u"SELECT has_schema_privilege(current_schema(), 'CREATE')"_s) || !q.next()) {
            return false;
        }
        if (!q.value(0).toBool()) {
            *error = tr("the database holds no Newsline workspace, and this role may not make one");
            return false;
        }
    }
    // One program makes or upgrades the schema; another waiting on the lock finds it done.
    if (!db.transaction()) {
        *error = oneLine(db.lastError());
        return false;
    }
    const auto rollback = [&] {
        db.rollback();
        return false;
    };
    if (!run(u"SELECT pg_advisory_xact_lock(1314150227)"_s) ||
        !run(u"CREATE TABLE IF NOT EXISTS newsline_meta (key text PRIMARY KEY, value text NOT NULL)"_s) ||
        !run(u"SELECT value FROM newsline_meta WHERE key = 'schema_version'"_s)) {
        return rollback();
    }
    version = q.next() ? q.value(0).toInt() : 0;
    if (version < 1) {
        for (const char *statement : version1) {
            if (!run(QString::fromUtf8(statement))) {
                return rollback();
            }
        }
    }
    if (!run(u"INSERT INTO newsline_meta (key, value) VALUES ('schema_version', '%1') "
             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s.arg(SchemaVersion))) {
        return rollback();
    }
    if (!db.commit()) {
        *error = oneLine(db.lastError());
        return false;
    }
    return true;
}

bool TeamStore::read(QSqlQuery &q, const QString &sql, const QVariantList &values) const
{
    // A server that went away (restarted, a network cut) is connected to again once: reads are safe to repeat.
    if (QSqlDatabase db = database(); !db.isOpen() && !db.open()) {
        return fail(tr("the server cannot be reached: %1").arg(oneLine(db.lastError())));
    }
    for (int attempt = 0; attempt < 2; ++attempt) {
        q = QSqlQuery(database());
        q.setForwardOnly(true);
        q.prepare(sql);
        for (const QVariant &value : values) {
            q.addBindValue(value);
        }
        if (q.exec()) {
            m_lastError.clear();
            return true;
        }
        fail(oneLine(q.lastError()));
        q = QSqlQuery();
        QSqlDatabase db = database();
        db.close();
        if (!db.open()) {
            return fail(tr("the server cannot be reached: %1").arg(oneLine(db.lastError())));
        }
    }
    return false;
}

int TeamStore::articleCount() const
{
    QSqlQuery q;
    return read(q, u"SELECT count(*) FROM articles"_s, {}) && q.next() ? q.value(0).toInt() : -1;
}

int TeamStore::quoteCount() const
{
    QSqlQuery q;
    return read(q, u"SELECT count(*) FROM quotes"_s, {}) && q.next() ? q.value(0).toInt() : -1;
}

TeamStore::CopyResult TeamStore::copyFrom(const Workspace &source, int batchSize,
                                          const std::function<void(int, int)> &progress)
{
    CopyResult result;
    if (m_readOnly) {
        result.failure = tr("%1 is read-only for this role: nothing can be copied to it").arg(m_displayName);
        return result;
    }
    // The quotes as the analyst sees them in the file, by article.
    QHash<int, QList<QuoteRow>> quotes;
    const int quoteTotal = source.quoteCount();
    for (int offset = 0; offset < quoteTotal; offset += 1000) {
        for (const QuoteRow &row : source.quotes(offset, 1000)) {
            quotes[row.articleId].append(row);
        }
    }
    QSqlDatabase db = database();
    QSqlQuery article(db);
    article.prepare(u"INSERT INTO articles (hash, file, title, source, url, published, language, text) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (hash) DO NOTHING RETURNING id"_s);
    QSqlQuery quote(db);
    quote.prepare(u"INSERT INTO quotes (article_id, start, \"end\", text, speaker, speaker_role, kind) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (article_id, start) DO NOTHING"_s);
    const auto text = [](const QString &value) {
        return value.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(value);
    };
    const int total = source.articleCount();
    for (int offset = 0; offset < total; offset += batchSize) {
        const QList<ArticleInfo> infos = source.articles(offset, batchSize);
        QList<int> ids;
        for (const ArticleInfo &info : infos) {
            ids.append(info.id);
        }
        const QList<Article> full = source.fullArticles(ids);
        // Stored in the order of their hashes: importers running at once take the rows' locks in one order, so that
        // none waits for another that waits for it.
        QList<std::pair<QString, qsizetype>> order;
        for (qsizetype i = 0; i < infos.size() && i < full.size(); ++i) {
            order.append({source.articleHash(infos.at(i).id), i});
        }
        std::sort(order.begin(), order.end());
        // One transaction per batch: a copy cut short keeps every finished batch, and copying again goes on.
        if (!db.transaction()) {
            result.failure = oneLine(db.lastError());
            return result;
        }
        for (const auto &[hash, i] : std::as_const(order)) {
            const ArticleInfo &info = infos.at(i);
            article.addBindValue(hash);
            article.addBindValue(text(info.file));
            article.addBindValue(text(info.title));
            article.addBindValue(text(info.source));
            article.addBindValue(text(info.url));
            article.addBindValue(info.published.isValid() ? QVariant(info.published)
                                                          : QVariant(QMetaType(QMetaType::QDate)));
            article.addBindValue(text(info.language));
            article.addBindValue(full.at(i).text);
            if (!article.exec()) {
                result.failure = oneLine(article.lastError());
                db.rollback();
                return result;
            }
            if (!article.next()) {
                ++result.alreadyThere;
                continue;
            }
            const qint64 id = article.value(0).toLongLong();
            article.finish();
            ++result.added;
            for (const QuoteRow &row : quotes.value(info.id)) {
                quote.addBindValue(id);
                quote.addBindValue(row.start);
                quote.addBindValue(row.end);
                quote.addBindValue(row.text);
                quote.addBindValue(text(row.speaker));
                quote.addBindValue(text(row.speakerRole));
                quote.addBindValue(Quote::kindName(row.kind));
                if (!quote.exec()) {
                    result.failure = oneLine(quote.lastError());
                    db.rollback();
                    return result;
                }
                ++result.quotes;
            }
        }
        if (!db.commit()) {
            result.failure = oneLine(db.lastError());
            return result;
        }
        if (progress) {
            progress(int(std::min<qsizetype>(offset + infos.size(), total)), total);
        }
    }
    return result;
}

QString TeamStore::tsQuery(const QString &text, bool prefixes)
{
    static const QRegularExpression word(u"\\w+"_s, QRegularExpression::UseUnicodePropertiesOption);
    QStringList terms;
    const QStringList parts = text.split(u'"');
    for (qsizetype i = 0; i < parts.size() && terms.size() < 32; ++i) {
        const QString &part = parts.at(i);
        QStringList words;
        for (auto it = word.globalMatch(part); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            const bool star = match.capturedEnd() < part.size() && part.at(match.capturedEnd()) == u'*';
            words.append(match.captured().toLower() + ((prefixes || star) && i % 2 == 0 ? u":*"_s : QString()));
        }
        if (words.isEmpty()) {
            continue;
        }
        if (i % 2 == 1) {
            // "A phrase": its words in that order.
            terms.append(u'(' + words.join(u" <-> "_s) + u')');
        } else {
            terms += words;
        }
    }
    return terms.join(u" & "_s);
}

QList<QuoteHit> TeamStore::searchQuotes(const QString &query, const SearchOptions &options) const
{
    QList<QuoteHit> hits;
    const QString words = tsQuery(query);
    const QString person = tsQuery(QString(options.person).remove(u'"'), true);
    if (words.isEmpty() && person.isEmpty()) {
        return hits;
    }
    // Matched words between the search's markers, as the file workspace gives them.
    const QString headline = u"StartSel=\"%1\", StopSel=\"%2\", MaxWords=24, MinWords=10, ShortWord=1"_s.arg(
        options.openMarker, options.closeMarker);
    QString sql = u"SELECT q.id, q.article_id, q.start, q.\"end\", q.text, q.speaker, q.speaker_role, a.published, "
                  "a.title, q.kind, "_s;
    QVariantList values;
    if (!words.isEmpty()) {
        sql += u"ts_headline('simple', q.text, to_tsquery('simple', ?), ?), "
               "-ts_rank(q.tsv, to_tsquery('simple', ?)) AS rank FROM quotes q JOIN articles a ON a.id = q.article_id "
               "WHERE q.tsv @@ to_tsquery('simple', ?)"_s;
        values << words << headline << words << words;
        if (options.rankedCandidates > 0) {
            // As in a file workspace: a query matching very many quotes ranks the most recently stored ones.
            sql += u" AND q.id IN (SELECT id FROM quotes WHERE tsv @@ to_tsquery('simple', ?) ORDER BY id DESC "
                   "LIMIT ?)"_s;
            values << words << options.rankedCandidates;
        }
    } else {
        sql += u"q.text, 0 AS rank FROM quotes q JOIN articles a ON a.id = q.article_id WHERE true"_s;
    }
    if (!person.isEmpty()) {
        sql += u" AND q.speaker_tsv @@ to_tsquery('simple', ?)"_s;
        values << person;
    }
    sql +=
        words.isEmpty() ? u" ORDER BY a.published DESC NULLS LAST, q.id LIMIT ?"_s : u" ORDER BY rank, q.id LIMIT ?"_s;
    values << options.limit;
    QSqlQuery q;
    if (!read(q, sql, values)) {
        return hits;
    }
    while (q.next()) {
        QuoteHit hit;
        QuoteRow &row = hit.quote;
        row.id = q.value(0).toInt();
        row.articleId = q.value(1).toInt();
        row.start = q.value(2).toInt();
        row.end = q.value(3).toInt();
        row.text = q.value(4).toString();
        row.speaker = q.value(5).toString();
        row.speakerRole = q.value(6).toString();
        row.published = q.value(7).toDate();
        row.articleTitle = q.value(8).toString();
        row.kind = Quote::kindFromName(q.value(9).toString());
        hit.snippet = q.value(10).toString();
        hit.rank = q.value(11).toDouble();
        hits.append(hit);
    }
    return hits;
}

QList<ArticleHit> TeamStore::searchArticles(const QString &query, const SearchOptions &options) const
{
    QList<ArticleHit> hits;
    const QString words = tsQuery(query);
    if (words.isEmpty()) {
        return hits;
    }
    const QString headline = u"StartSel=\"%1\", StopSel=\"%2\", MaxWords=30, MinWords=12, ShortWord=1"_s.arg(
        options.openMarker, options.closeMarker);
    QSqlQuery q;
    if (!read(q,
              u"SELECT id, file, title, source, url, published, language, "
              "ts_headline('simple', text, to_tsquery('simple', ?), ?), -ts_rank(tsv, to_tsquery('simple', ?)) AS rank "
              "FROM articles WHERE tsv @@ to_tsquery('simple', ?) AND id IN (SELECT id FROM articles WHERE "
              "tsv @@ to_tsquery('simple', ?) ORDER BY id DESC LIMIT ?) ORDER BY rank, id LIMIT ?"_s,
              {words, headline, words, words, words,
               options.rankedCandidates > 0 ? options.rankedCandidates : std::numeric_limits<int>::max(),
               options.limit})) {
        return hits;
    }
    while (q.next()) {
        ArticleHit hit;
        hit.article = {q.value(0).toInt(),    q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                       q.value(4).toString(), q.value(5).toDate(),   q.value(6).toString()};
        hit.snippet = q.value(7).toString();
        hit.rank = q.value(8).toDouble();
        hits.append(hit);
    }
    return hits;
}

} // namespace Newsline
