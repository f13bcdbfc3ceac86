#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

namespace Newsline {

/// What a workspace on a PostgreSQL server needs beyond the SQL it shares with a workspace file: the connection a
/// postgresql:// URI names, the server's schema (the file's tables, with tsvector columns and GIN indexes in place of
/// FTS5 tables) and the translation of the store's FTS5 queries into tsqueries.
namespace ServerStore {

/// Schema version of a server workspace (the same numbering as the file's StoreSchema::CurrentVersion).
constexpr int CurrentVersion = 8;
/// The advisory lock a writer holds for its transaction (writers take turns, as SQLite's writers do).
constexpr qint64 WriteLock = 1314150228;
/// The channel other connections are told of every commit on (LISTEN/NOTIFY).
inline constexpr char ChangeChannel[] = "newsline_changes";

/// True when text names a server workspace (a postgresql:// or postgres:// URI).
[[nodiscard]] bool isUri(const QString &text);
/// The URI without its password, for titles and messages.
[[nodiscard]] QString displayName(const QString &uri);
/// Opens a QPSQL connection of that name to the server a URI names: postgresql://[user[:password]@][host][:port]/
/// database[?options], options being libpq's (host=/socket/folder, sslmode, service, connect_timeout...). A password
/// is taken from the URI, else libpq finds it (~/.pgpass, PGPASSWORD, a service file). Connecting gives up after
/// connect_timeout seconds (5 unless the URI says). False, with a one-line error naming the server, when it cannot.
[[nodiscard]] bool connect(const QString &uri, const QString &connection, QString *error);
/// Makes the schema in a database that holds none, or brings it up to date, under an advisory lock (two programs at
/// once make it once); a role that may only read finds it as it is and *readOnly says so. False and error when the
/// database cannot be used (another program's tables, a newer format, no right to make the schema).
[[nodiscard]] bool prepare(QSqlDatabase &db, bool *readOnly, QString *error);
/// The statements that make the current schema, as prepare() runs them.
[[nodiscard]] QStringList schema();
/// The server's message on one line (libpq's spread over several).
[[nodiscard]] QString oneLine(const QSqlError &error);

/// The FTS5 query the store writes (Workspace::ftsQuery's quoted terms, "term"* prefixes, AND, parentheses and the
/// column filters "speaker :" and "{speaker speaker_role} :") as a tsquery over the server's search columns, where a
/// quote's speaker is weight A, its role B and its words D: "a b"* becomes (a <-> b:*), a speaker filter :A. Only
/// word characters reach the tsquery. Empty when no word is left.
[[nodiscard]] QString tsQuery(const QString &ftsQuery);

} // namespace ServerStore

} // namespace Newsline
