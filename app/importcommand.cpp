#include "commands.h"

#include "workspace.h"
#include "workspaceimporter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Newsline {

namespace {

// A failure line that names the workspace it is about.
QString naming(const QString &workspace, const QString &failure)
{
    return failure.contains(workspace) ? failure : QDir::toNativeSeparators(workspace) + u": "_s + failure;
}

QString tr(const char *text)
{
    // lupdate files tr() calls of free functions under the enclosing namespace, so the catalogue context is that.
    return QCoreApplication::translate("Newsline", text);
}

// A progress line that rewrites itself, shown only when a person watches the terminal.
class ProgressLine
{
public:
    explicit ProgressLine(QTextStream &err)
        : m_err(err)
        , m_enabled(isatty(fileno(stderr)))
    {
    }
    ~ProgressLine() { finish(); }

    WorkspaceImporter::Progress callback(const QString &label)
    {
        if (!m_enabled) {
            return {};
        }
        return [this, label](int done, int total) {
            m_err << '\r' << label.arg(done).arg(total) << Qt::flush;
            m_open = true;
            return true;
        };
    }
    void finish()
    {
        if (m_open) {
            m_err << Qt::endl;
            m_open = false;
        }
    }
    [[nodiscard]] bool enabled() const { return m_enabled; }

private:
    QTextStream &m_err;
    bool m_enabled;
    bool m_open = false;
};

} // namespace

int importCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Imports article files and folders (*.txt) into a workspace file, creating it when it does not exist. "
           "Importing is incremental: an unchanged file is skipped, a changed file is updated. Articles are "
           "stored in batches, each in one transaction, so an interrupted import keeps every finished batch."));
    parser.addHelpOption();
    const QCommandLineOption published(u"published"_s, tr("Publication date of inputs whose front matter gives none."),
                                       u"YYYY-MM-DD"_s);
    parser.addOption(published);
    const QCommandLineOption batch(
        u"batch-size"_s, tr("Articles stored per transaction (default %1).").arg(WorkspaceImporter::DefaultBatchSize),
        u"N"_s);
    parser.addOption(batch);
    parser.addPositionalArgument(u"WORKSPACE"_s,
                                 tr("The workspace file (.newsline), or a team workspace (postgresql://...)."));
    parser.addPositionalArgument(u"PATH"_s, tr("Article files or folders."), u"PATH..."_s);
    parser.process(arguments);

    QTextStream err(stderr);
    QStringList paths = parser.positionalArguments();
    if (paths.size() < 2) {
        err << tr("newsline import: give a workspace file and at least one article file or folder (see --help)")
            << Qt::endl;
        return 2;
    }
    const QString workspacePath = paths.takeFirst();
    int batchSize = WorkspaceImporter::DefaultBatchSize;
    if (parser.isSet(batch)) {
        bool ok = false;
        batchSize = parser.value(batch).toInt(&ok);
        if (!ok || batchSize < 1) {
            err << tr("newsline import: --batch-size \"%1\" is not a positive number").arg(parser.value(batch))
                << Qt::endl;
            return 2;
        }
    }
    QDate defaultPublished;
    if (parser.isSet(published)) {
        defaultPublished = QDate::fromString(parser.value(published), Qt::ISODate);
        if (!defaultPublished.isValid()) {
            err << tr("newsline import: --published \"%1\" is not a date (expected YYYY-MM-DD)")
                       .arg(parser.value(published))
                << Qt::endl;
            return 2;
        }
    }

    QString error;
    // Created whole when missing; when another import creates it at the same moment, both import into that one.
    std::unique_ptr<Workspace> workspace = Workspace::openOrCreate(workspacePath, &error);
    if (!workspace) {
        err << u"newsline import: "_s << error << Qt::endl;
        return 2;
    }
    if (const QString reason = WorkspaceImporter::newerExtractorReason(*workspace); !reason.isEmpty()) {
        workspace->restrictToReading(reason);
    }
    if (workspace->isReadOnly()) {
        err << u"newsline import: "_s << workspace->readOnlyNotice() << Qt::endl;
        return 2;
    }
    WorkspaceImporter importer(*workspace);
    importer.setDefaultPublished(defaultPublished);

    ProgressLine progress(err);
    if (const int stale = importer.staleArticleCount(); stale > 0) {
        if (progress.enabled()) {
            err << QCoreApplication::translate(
                       "import", "The extractor changed since %n article(s) were extracted: extracting them again.",
                       nullptr, stale)
                << Qt::endl;
        }
        const ImportResult redone = importer.reextract(progress.callback(tr("Re-extracting: %1/%2 articles")));
        progress.finish();
        if (!redone.failure.isEmpty()) {
            err << u"newsline import: "_s << naming(workspacePath, redone.failure) << Qt::endl;
            return 2;
        }
    }
    // Rates updated since (newsline rates update) give the stored figures that had none a dollar value.
    if (importer.ratesOutdated()) {
        const int filled = importer.fillMissingUsd();
        if (filled < 0) {
            err << u"newsline import: "_s << importer.lastError() << Qt::endl;
            return 2;
        }
        if (filled > 0 && progress.enabled()) {
            err << QCoreApplication::translate(
                       "import", "%n figure(s) got a dollar value from the updated exchange rates.", nullptr, filled)
                << Qt::endl;
        }
    }
    const ImportResult result = importer.importFiles(paths, progress.callback(tr("Importing: %1/%2 files")), batchSize);
    progress.finish();
    for (const ReadError &e : result.errors) {
        err << e.message() << Qt::endl;
    }
    if (!result.failure.isEmpty()) {
        err << u"newsline import: "_s << naming(workspacePath, result.failure) << Qt::endl;
        return 2;
    }
    if (progress.enabled()) {
        // Files and feed items refused are counted apart: a feed with one bad item was still imported.
        //: %4 counts what was refused: "2 files", "1 feed item", "2 files and 1 feed item", or "nothing"
        err << tr("%1 added, %2 updated, %3 unchanged, %4 refused; the workspace holds %5 articles and %6 events.")
                   .arg(result.added)
                   .arg(result.updated)
                   .arg(result.unchanged)
                   .arg(result.errors.isEmpty() ? tr("nothing") : ReadError::count(result.errors))
                   .arg(workspace->articleCount())
                   .arg(workspace->eventCount())
            << Qt::endl;
    }
    return result.errors.isEmpty() ? 0 : 1;
}

} // namespace Newsline
