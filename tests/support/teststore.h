#pragma once

// Where a store test makes its workspaces: a file (the default), or, when NEWSLINE_TEST_STORE=server, a fresh database
// on a throw-away PostgreSQL server the test process starts once (PgTestServer). CTest runs the store's tests both
// ways, so that the two back ends keep the same behaviour.

#include "pgtestserver.h"
#include "workspace.h"

#include <QAtomicInt>
#include <QFileInfo>

#include <memory>

namespace TestStore {

/// True when this run's workspaces live on a server.
inline bool onServer()
{
    return qEnvironmentVariable("NEWSLINE_TEST_STORE") == QLatin1String("server");
}

/// The server of this test process, started on first use; null (and error) when it cannot start.
inline PgTestServer *server(QString *error)
{
    static std::unique_ptr<PgTestServer> running;
    static QString failure;
    if (!running && failure.isEmpty()) {
        auto started = std::make_unique<PgTestServer>();
        if (started->start(&failure)) {
            running = std::move(started);
        }
    }
    if (!running) {
        *error = failure;
    }
    return running.get();
}

/// Where a new workspace goes: the file path given, or the URI of a new, empty database on the server (its name
/// made from the file's).
inline QString newLocation(const QString &filePath, QString *error)
{
    if (!onServer()) {
        return filePath;
    }
    PgTestServer *pg = server(error);
    if (!pg) {
        return {};
    }
    static QAtomicInt counter;
    QString name = QStringLiteral("w%1_").arg(counter.fetchAndAddRelaxed(1)) + QFileInfo(filePath).baseName();
    name.replace(QLatin1Char('-'), QLatin1Char('_'));
    if (!pg->exec(QStringLiteral("postgres"), {QStringLiteral("CREATE DATABASE \"%1\"").arg(name)}, error)) {
        return {};
    }
    return pg->uri(PgTestServer::superuser(), {}, name);
}

/// A new, empty workspace at newLocation(filePath); null and error when it cannot be made.
inline std::unique_ptr<Newsline::Workspace> create(const QString &filePath, QString *error)
{
    const QString location = newLocation(filePath, error);
    return location.isEmpty() ? nullptr : Newsline::Workspace::create(location, error);
}

} // namespace TestStore
