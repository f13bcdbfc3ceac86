#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace Newsline {

/// The versioned SQLite schema of a workspace file and the migrations between its versions.
namespace StoreSchema {

/// Schema version this program writes (PRAGMA user_version).
constexpr int CurrentVersion = 8;
/// Oldest schema version this program reads as it is (a read-only workspace is not upgraded): 6 differs from 5 only in
/// having no triggers, 7 from 6 only in having corrections (a workspace without them has none), 8 from 7 only in
/// having quotes the analyst added (which it reads like the others).
constexpr int ReadableVersion = 5;
/// PRAGMA application_id of a Newsline workspace ("NLWS").
constexpr int ApplicationId = 0x4E4C5753;

/// True when the SQLite library behind the connection has FTS5; otherwise error says so.
[[nodiscard]] bool hasFts5(QSqlDatabase &db, QString *error);
/// Creates the current schema in an empty database (in one transaction).
[[nodiscard]] bool create(QSqlDatabase &db, QString *error);
/// Brings a database of an older version up to CurrentVersion, one transaction per step.
[[nodiscard]] bool migrate(QSqlDatabase &db, int fromVersion, QString *error);
/// The statements of the step that brings version - 1 to version (1 to CurrentVersion), as migrate() runs them.
[[nodiscard]] QStringList step(int version);

} // namespace StoreSchema

} // namespace Newsline
