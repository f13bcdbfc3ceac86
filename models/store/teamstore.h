#pragma once

#include "workspacerows.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

namespace Newsline {

class Workspace;

/// A team workspace on a PostgreSQL server (postgresql://user@host:port/database): the articles and quotes of file
/// workspaces published to it by several analysts, searched with PostgreSQL's full-text search (tsvector columns
/// with GIN indexes, ranked, snippets by ts_headline). Articles are the same article by their content hash, so a
/// workspace copied twice, or by two analysts at once, is stored once.
class TeamStore
{
public:
    ~TeamStore();
    TeamStore(const TeamStore &) = delete;
    TeamStore &operator=(const TeamStore &) = delete;

    /// True when text names a team workspace (a postgresql:// or postgres:// URI).
    [[nodiscard]] static bool isUri(const QString &text);
    /// Connects to the server a URI names: postgresql://[user[:password]@][host][:port]/database[?options], where
    /// options are libpq's (host=/socket/folder, sslmode, service, connect_timeout...). A password is taken from the
    /// URI, else libpq finds it (~/.pgpass, PGPASSWORD, a service file). Connecting gives up after connect_timeout
    /// seconds (5 unless the URI says). The schema is made or brought up to date when the role may write; a role that
    /// may only read opens it read-only. Null, with a one-line error, when it cannot be used.
    [[nodiscard]] static std::unique_ptr<TeamStore> open(const QString &uri, QString *error);

    /// The URI without its password.
    [[nodiscard]] QString displayName() const { return m_displayName; }
    /// The role may read but not write (a read-only database role).
    [[nodiscard]] bool isReadOnly() const { return m_readOnly; }
    [[nodiscard]] QString lastError() const { return m_lastError; }

    /// Numbers of articles and quotes on the server; -1 (and lastError) when it cannot be asked.
    [[nodiscard]] int articleCount() const;
    [[nodiscard]] int quoteCount() const;

    /// What copying a file workspace to the server did.
    struct CopyResult
    {
        int added = 0;
        /// Articles the server held already (the same content).
        int alreadyThere = 0;
        int quotes = 0;
        /// Empty when everything was copied; else why it stopped (the batches before are kept).
        QString failure;
    };
    /// Copies the articles of a file workspace and their quotes as the analyst sees them (corrected speakers, added
    /// quotes, no quote marked "not a quote"), batchSize articles per transaction; progress(done, total) after each.
    [[nodiscard]] CopyResult copyFrom(const Workspace &source, int batchSize = 200,
                                      const std::function<void(int, int)> &progress = {});

    /// Quotes matching the words (all required; "a phrase"; word* a prefix), best first; options.person keeps the
    /// quotes whose speaker or role has words beginning with each of the person's words.
    [[nodiscard]] QList<QuoteHit> searchQuotes(const QString &query, const SearchOptions &options = {}) const;
    /// Articles matching the words, best first. Both searches rank at most options.rankedCandidates matches, the most
    /// recently stored (a loose query asks for recent material, and ranking costs time in proportion to the matches).
    [[nodiscard]] QList<ArticleHit> searchArticles(const QString &query, const SearchOptions &options = {}) const;

    /// The words of a search as a PostgreSQL tsquery ("a & b", "a <-> b" for a phrase, "a:*" for a prefix); only word
    /// characters reach it. Empty when the text holds no word.
    [[nodiscard]] static QString tsQuery(const QString &text, bool prefixes = false);

private:
    TeamStore() = default;
    [[nodiscard]] QSqlDatabase database() const;
    bool migrate(QString *error);
    bool fail(const QString &message) const;
    /// Runs a read, connecting again once when the connection was lost; false and lastError when it failed.
    bool read(QSqlQuery &q, const QString &sql, const QVariantList &values) const;

    QString m_connection;
    QString m_displayName;
    bool m_readOnly = false;
    mutable QString m_lastError;
};

} // namespace Newsline
