#include "commands.h"

#include "workspace.h"
#include "workspacecopy.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Newsline {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Newsline", text);
}

} // namespace

int copyWorkspaceCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Copies a workspace into another: a workspace file to a team workspace on a PostgreSQL server, a team "
           "workspace to a file, or one file into another. Articles go with their extraction, the analyst's "
           "corrections with them; an article already there (the same content) and a correction already there are "
           "not copied twice, so copying again, or from several analysts, adds only what is new. A file destination "
           "is created when missing. The password comes from ~/.pgpass, PGPASSWORD or a libpq service, never from "
           "the command line."));
    parser.addHelpOption();
    const QCommandLineOption batch(u"batch-size"_s,
                                   tr("Articles per transaction (default %1).").arg(WorkspaceCopy::DefaultBatchSize),
                                   u"N"_s, QString::number(WorkspaceCopy::DefaultBatchSize));
    parser.addOption(batch);
    parser.addPositionalArgument(u"SOURCE"_s, tr("The workspace to copy: a file (.newsline) or postgresql://..."));
    parser.addPositionalArgument(
        u"DESTINATION"_s,
        tr("The workspace to copy into: postgresql://user@host:port/database[?sslmode=...], or a file."));
    parser.process(arguments);

    QTextStream err(stderr);
    QTextStream out(stdout);
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2) {
        err << tr("newsline copy-workspace: give the workspace to copy and the one to copy into (see --help)")
            << Qt::endl;
        return 2;
    }
    bool ok = false;
    const int batchSize = parser.value(batch).toInt(&ok);
    if (!ok || batchSize < 1) {
        err << tr("newsline copy-workspace: --batch-size \"%1\" is not a positive number").arg(parser.value(batch))
            << Qt::endl;
        return 2;
    }
    QString error;
    const std::unique_ptr<Workspace> source =
        Workspace::open(positional.first(), &error, Workspace::OpenMode::ReadOnly);
    if (!source) {
        err << u"newsline copy-workspace: "_s << error << Qt::endl;
        return 2;
    }
    const std::unique_ptr<Workspace> destination = Workspace::openOrCreate(positional.at(1), &error);
    if (!destination) {
        err << u"newsline copy-workspace: "_s << error << Qt::endl;
        return 2;
    }
    if (destination->isReadOnly()) {
        err << u"newsline copy-workspace: "_s << destination->readOnlyNotice() << Qt::endl;
        return 2;
    }
    // Progress only for a person watching the terminal.
    const bool watched = isatty(fileno(stderr));
    const WorkspaceCopy::Result result = WorkspaceCopy::copy(
        *source, *destination,
        [&err, watched](int done, int total) {
            if (watched) {
                err << u'\r' << tr("Copying: %1/%2 articles").arg(done).arg(total) << Qt::flush;
            }
            return true;
        },
        batchSize);
    if (watched) {
        err << Qt::endl;
    }
    out << tr("%1 articles added, %2 updated, %3 already there, %4 corrections added; %5 holds %6 articles.")
               .arg(result.added)
               .arg(result.updated)
               .arg(result.alreadyThere)
               .arg(result.corrections)
               .arg(destination->path())
               .arg(destination->articleCount())
        << Qt::endl;
    if (!result.failure.isEmpty()) {
        err << u"newsline copy-workspace: "_s
            << tr("stopped: %1; the batches copied before are kept").arg(result.failure) << Qt::endl;
        return 2;
    }
    return 0;
}

} // namespace Newsline
