#pragma once

// A throw-away PostgreSQL server for the tests: initdb into a temporary folder, started on a Unix socket in it (no
// TCP port), stopped and removed at the end. Run as root, the server runs as the unprivileged user "nobody".
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QTemporaryDir>

#include <grp.h>
#include <pwd.h>
#include <unistd.h>

class PgTestServer
{
public:
    ~PgTestServer() { stop(); }

    /// Starts the server; false with the reason when it cannot.
    bool start(QString *error)
    {
        const QStringList versions =
            QDir(QStringLiteral("/usr/lib/postgresql")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        for (const QString &version : versions) {
            if (QFile::exists(QStringLiteral("/usr/lib/postgresql/%1/bin/initdb").arg(version))) {
                m_bin = QStringLiteral("/usr/lib/postgresql/%1/bin/").arg(version);
            }
        }
        if (m_bin.isEmpty()) {
            *error = QStringLiteral("no PostgreSQL server installed (/usr/lib/postgresql/*/bin/initdb); the set-up "
                                    "installs Debian's postgresql");
            return false;
        }
        if (!m_dir.isValid()) {
            *error = QStringLiteral("no temporary folder");
            return false;
        }
        if (geteuid() == 0) {
            // PostgreSQL refuses to run as root: the folder becomes nobody's, and so does the server.
            const passwd *user = getpwnam("nobody");
            if (!user || ::chown(QFile::encodeName(m_dir.path()).constData(), user->pw_uid, user->pw_gid) != 0) {
                *error = QStringLiteral("cannot give the server's folder to the user nobody");
                return false;
            }
            m_runAs = true;
        }
        const QString data = m_dir.filePath(QStringLiteral("data"));
        if (!run(QStringLiteral("initdb"),
                 {QStringLiteral("-D"), data, QStringLiteral("-U"), superuser(), QStringLiteral("-A"),
                  QStringLiteral("trust"), QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--locale=C"),
                  QStringLiteral("--no-sync")},
                 error)) {
            return false;
        }
        // A role that logs in with a password (for the wrong-password test); every other role is trusted.
        QFile hba(data + QStringLiteral("/pg_hba.conf"));
        if (!hba.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            *error = QStringLiteral("cannot write pg_hba.conf");
            return false;
        }
        hba.write("local all reader scram-sha-256\nlocal all all trust\n");
        hba.close();
        const QString options =
            QStringLiteral("-c listen_addresses='' -k %1 -p %2 -c fsync=off").arg(m_dir.path()).arg(Port);
        if (!run(QStringLiteral("pg_ctl"),
                 {QStringLiteral("-D"), data, QStringLiteral("-l"), m_dir.filePath(QStringLiteral("log")),
                  QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"), QStringLiteral("-o"), options,
                  QStringLiteral("start")},
                 error)) {
            return false;
        }
        m_started = true;
        return exec(QStringLiteral("postgres"), {QStringLiteral("CREATE DATABASE newsline")}, error);
    }

    /// Starts a stopped server again (the data kept).
    bool restart(QString *error)
    {
        const QString data = m_dir.filePath(QStringLiteral("data"));
        const QString options =
            QStringLiteral("-c listen_addresses='' -k %1 -p %2 -c fsync=off").arg(m_dir.path()).arg(Port);
        m_started = run(QStringLiteral("pg_ctl"),
                        {QStringLiteral("-D"), data, QStringLiteral("-l"), m_dir.filePath(QStringLiteral("log")),
                         QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"), QStringLiteral("-o"),
                         options, QStringLiteral("start")},
                        error);
        return m_started;
    }

    void stop()
    {
        if (m_started) {
            QString ignored;
            run(QStringLiteral("pg_ctl"),
                {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-m"),
                 QStringLiteral("immediate"), QStringLiteral("stop")},
                &ignored);
            m_started = false;
        }
    }

    /// The address of a database (the test database "newsline" unless named) for a role, with a password when given.
    [[nodiscard]] QString uri(const QString &user = superuser(), const QString &password = {},
                              const QString &database = QStringLiteral("newsline")) const
    {
        return QStringLiteral("postgresql://%1%2@/%3?host=%4&port=%5")
            .arg(user, password.isEmpty() ? QString() : QLatin1Char(':') + password, database, m_dir.path())
            .arg(Port);
    }

    /// Runs statements as the superuser in a database; false with the server's message when one fails.
    bool exec(const QString &database, const QStringList &statements, QString *error) const
    {
        const QString name = QStringLiteral("pgtestserver");
        bool ok = true;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            db.setHostName(m_dir.path());
            db.setPort(Port);
            db.setDatabaseName(database);
            db.setUserName(superuser());
            ok = db.open();
            if (!ok) {
                *error = db.lastError().text();
            }
            for (const QString &statement : statements) {
                QSqlQuery q(db);
                if (ok && !q.exec(statement)) {
                    *error = statement + QStringLiteral(": ") + q.lastError().text();
                    ok = false;
                }
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return ok;
    }

    static QString superuser() { return QStringLiteral("newsline"); }

private:
    static constexpr int Port = 5432;

    bool run(const QString &program, QStringList arguments, QString *error) const
    {
        QProcess process;
        QString path = m_bin + program;
        if (m_runAs) {
            arguments.prepend(path);
            arguments = QStringList{QStringLiteral("--reuid=nobody"), QStringLiteral("--regid=nogroup"),
                                    QStringLiteral("--clear-groups"), QStringLiteral("--")} +
                        arguments;
            path = QStringLiteral("setpriv");
        }
        process.setWorkingDirectory(m_dir.path());
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(path, arguments);
        if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit ||
            process.exitCode() != 0) {
            *error = program + QStringLiteral(" failed: ") + QString::fromLocal8Bit(process.readAll()).simplified();
            return false;
        }
        return true;
    }

    QTemporaryDir m_dir;
    QString m_bin;
    bool m_runAs = false;
    bool m_started = false;
};
