#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringList>

#include <functional>

namespace Newsline {

/**
 * The workspace file as untrusted input: analysts exchange workspaces, so a file may have been made or altered by
 * anyone. Every connection to a workspace is opened here with SQLite's defensive settings; its schema is compared with
 * the one Newsline makes before anything is read or written through it, and its pages are checked; whether it may be
 * written is decided from the file, its folder and its file system, whoever runs the program; a new file appears whole
 * or not at all; and database errors are told in plain words.
 */
namespace StoreFile {

/// How thoroughly a file is checked.
enum class Check
{
    /// Not at all (it was checked when first opened).
    None,
    /// SQLite's quick_check: every page and record well formed (reads the whole file once).
    Quick,
    /// SQLite's integrity_check and FTS5's own check of the full-text indexes.
    Full
};

/// Largest string or blob the connection reads or writes: a 16 MiB article is 48 MiB of UTF-8 at most.
constexpr int MaxValueLength = 64 * 1024 * 1024;

/// Opens a connection on an existing file with SQLite's defensive settings: SQLITE_DBCONFIG_DEFENSIVE, the schema not
/// trusted (its triggers, views and indexes run no function with side effects), views disabled, values limited to
/// MaxValueLength. A read-only connection on a file whose folder SQLite cannot write its side files into (-shm) reads
/// the file as immutable. False, the connection removed, and a plain message when it cannot be opened.
[[nodiscard]] bool openConnection(const QString &path, const QString &connection, bool readOnly, QString *error);

/// Why the file at path cannot be written: a read-only file system, a file or folder without write permission (by its
/// mode, also for root); empty when it can be.
[[nodiscard]] QString unwritableReason(const QString &path);

/// True when the schema is the one Newsline makes at that version (PRAGMA user_version): the same tables, indexes,
/// triggers and full-text tables, made by the same statements, and nothing else (SQLite's statistics tables aside).
/// Otherwise problem names the first difference. An index Newsline makes that is missing is no difference: its
/// statement goes to missingIndexes, for a writer to make it again.
[[nodiscard]] bool verifySchema(const QSqlDatabase &db, int version, QString *problem, QStringList *missingIndexes);

/// Runs SQLite's check (and for Check::Full FTS5's check of the full-text indexes); false and the first problems
/// found otherwise.
[[nodiscard]] bool checkIntegrity(const QSqlDatabase &db, Check check, QString *problem);

/// A database error in plain words (the disk is full, the file is damaged, ...): never SQL nor SQLite's own text.
[[nodiscard]] QString plainError(const QSqlError &error);

/// Creates the file at path whole or not at all: build runs on a new file beside it, which takes the name only when
/// nothing is there (an empty file is replaced). When path exists, or building fails, nothing at path changes: false,
/// error says why and *exists tells whether the name was taken.
[[nodiscard]] bool createWhole(const QString &path, const std::function<bool(QSqlDatabase &db, QString *error)> &build,
                               QString *error, bool *exists);

} // namespace StoreFile

} // namespace Newsline
