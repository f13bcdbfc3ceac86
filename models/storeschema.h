#pragma once

#include <QSqlDatabase>
#include <QString>

namespace Newsline {

/// The versioned SQLite schema of a workspace file and the migrations between its versions.
namespace StoreSchema {

/// Schema version this program writes (PRAGMA user_version).
constexpr int CurrentVersion = 5;
/// PRAGMA application_id of a Newsline workspace ("NLWS").
constexpr int ApplicationId = 0x4E4C5753;

/// True when the SQLite library behind the connection has FTS5; otherwise error says so.
[[nodiscard]] bool hasFts5(QSqlDatabase &db, QString *error);
/// Creates the current schema in an empty database (in one transaction).
[[nodiscard]] bool create(QSqlDatabase &db, QString *error);
/// Brings a database of an older version up to CurrentVersion, one transaction per step.
[[nodiscard]] bool migrate(QSqlDatabase &db, int fromVersion, QString *error);

} // namespace StoreSchema

} // namespace Newsline
