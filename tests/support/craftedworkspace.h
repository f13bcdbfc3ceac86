#pragma once

// Workspaces altered the way someone handing one over could alter it: a healthy workspace is made the way a user makes
// one, then changed with SQL through a connection of its own, outside Newsline and without its defensive settings.

#include "workspace.h"
#include "workspaceimporter.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace Newsline::CraftedWorkspace {

using namespace Qt::StringLiterals;

/// Invented articles with a quote each, one per file.
inline QList<QByteArray> articles(int count)
{
    QList<QByteArray> texts;
    for (int i = 0; i < count; ++i) {
        texts.append(QStringLiteral("---\ntitle: Harbour report %1\npublished: 2023-03-%2\n---\nDunmore Shipping "
                                    "bought Harwick Cranes for $%3 million on 2 March 2023. Maria Okonkwo, mayor of "
                                    "Dunmore, said: \"The cranes stay in the harbour.\"\n")
                         .arg(i)
                         .arg(1 + i % 28, 2, 10, QLatin1Char('0'))
                         .arg(10 + i)
                         .toUtf8());
    }
    return texts;
}

/// Writes the articles into folder (made when missing); their paths.
inline QStringList writeArticles(const QString &folder, const QList<QByteArray> &texts)
{
    QDir().mkpath(folder);
    QStringList paths;
    for (qsizetype i = 0; i < texts.size(); ++i) {
        const QString path = folder + u"/report%1.txt"_s.arg(i, 3, 10, QLatin1Char('0'));
        QFile file(path);
        if (file.open(QIODevice::WriteOnly)) {
            file.write(texts.at(i));
            paths.append(path);
        }
    }
    return paths;
}

/// A healthy workspace at path holding `count` imported articles; false when it could not be made.
inline bool make(const QString &path, int count)
{
    QString error;
    auto workspace = Workspace::create(path, &error);
    if (!workspace) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    const QString folder = QFileInfo(path).absolutePath() + u"/"_s + QFileInfo(path).completeBaseName() + u"-in"_s;
    const ImportResult result = WorkspaceImporter(*workspace).importFiles(writeArticles(folder, articles(count)));
    return result.failure.isEmpty() && result.added == count;
}

/// Runs statements on the file through a plain connection of its own; the first error, empty when all ran.
inline QString alter(const QString &path, const QStringList &statements)
{
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"crafter"_s);
        db.setDatabaseName(path);
        if (!db.open()) {
            error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            for (const QString &sql : statements) {
                if (!q.exec(sql)) {
                    error = sql + u": "_s + q.lastError().text();
                    break;
                }
            }
            q.finish();
            // Leaves everything in the main file, as a file handed over would be.
            QSqlQuery(u"PRAGMA wal_checkpoint(TRUNCATE)"_s, db);
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(u"crafter"_s);
    return error;
}

/// The first value of a query on the file, read through a plain connection; invalid on an error.
inline QVariant value(const QString &path, const QString &sql)
{
    QVariant result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"reader"_s);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(sql, db);
            if (q.next()) {
                result = q.value(0);
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"reader"_s);
    return result;
}

/// SHA-256 of the file and of what its -wal file holds, to prove neither changed (SQLite may leave an empty -wal file
/// and its -shm index behind a reader: they hold nothing of the workspace).
inline QByteArray fingerprint(const QString &path)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &file : QStringList{path, path + u"-wal"_s}) {
        QFile f(file);
        if (f.open(QIODevice::ReadOnly) && f.size() > 0) {
            hash.addData(f.readAll());
        } else {
            hash.addData("nothing");
        }
    }
    return hash.result().toHex();
}

/// Overwrites the page of the file with that 1-based number with zeros (SQLite pages of page_size bytes).
inline bool zeroPage(const QString &path, int page)
{
    const int pageSize = value(path, u"PRAGMA page_size"_s).toInt();
    QFile file(path);
    if (pageSize <= 0 || !file.open(QIODevice::ReadWrite) || !file.seek(qint64(page - 1) * pageSize)) {
        return false;
    }
    return file.write(QByteArray(pageSize, '\0')) == pageSize;
}

} // namespace Newsline::CraftedWorkspace
