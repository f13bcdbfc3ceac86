#include "commands.h"

#include "teamstore.h"
#include "workspace.h"

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
        tr("Copies the articles of a workspace file and their quotes (with the analyst's speakers and added quotes) "
           "to a team workspace on a PostgreSQL server, where the whole team searches them with `newsline search "
           "QUERY postgresql://...`. An article already there (the same content) is not copied twice, so copying "
           "again, or from several analysts, adds only what is new. The password comes from ~/.pgpass, PGPASSWORD "
           "or a libpq service, never from the command line."));
    parser.addHelpOption();
    const QCommandLineOption batch(u"batch-size"_s, tr("Articles per transaction (default 200)."), u"N"_s, u"200"_s);
    parser.addOption(batch);
    parser.addPositionalArgument(u"SOURCE"_s, tr("The workspace file (.newsline)."));
    parser.addPositionalArgument(u"DESTINATION"_s,
                                 tr("The team workspace: postgresql://user@host:port/database[?sslmode=...]."));
    parser.process(arguments);

    QTextStream err(stderr);
    QTextStream out(stdout);
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2 || !TeamStore::isUri(positional.at(1))) {
        err << tr("newsline copy-workspace: give a workspace file and a postgresql:// address (see --help)")
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
    const std::unique_ptr<TeamStore> team = TeamStore::open(positional.at(1), &error);
    if (!team) {
        err << u"newsline copy-workspace: "_s << error << Qt::endl;
        return 2;
    }
    // Progress only for a person watching the terminal.
    const bool watched = isatty(fileno(stderr));
    const TeamStore::CopyResult result = team->copyFrom(*source, batchSize, [&err, watched](int done, int total) {
        if (watched) {
            err << u'\r' << tr("Copying: %1/%2 articles").arg(done).arg(total) << Qt::flush;
        }
    });
    if (watched) {
        err << Qt::endl;
    }
    out << tr("%1 articles added with %2 quotes, %3 already there; %4 holds %5 articles.")
               .arg(result.added)
               .arg(result.quotes)
               .arg(result.alreadyThere)
               .arg(team->displayName())
               .arg(team->articleCount())
        << Qt::endl;
    if (!result.failure.isEmpty()) {
        err << u"newsline copy-workspace: "_s
            << tr("stopped: %1; the batches copied before are kept").arg(result.failure) << Qt::endl;
        return 2;
    }
    return 0;
}

} // namespace Newsline
