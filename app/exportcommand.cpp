#include "commands.h"

#include "exportwriter.h"
#include "inputworkspace.h"
#include "workspaceexport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Newsline {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("export", text);
}

} // namespace

int exportCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Writes the events, figures or quotes of a workspace or of article files for other tools: CSV tables "
           "(csv: events, figures-csv, quotes-csv), the extract JSON (json), iCalendar (ics) or TimelineJS "
           "(timelinejs). Every fact keeps the offsets of its source text."));
    parser.addHelpOption();
    const QCommandLineOption format(u"format"_s, tr("One of: %1.").arg(ExportWriter::formatNames().join(u", "_s)),
                                    u"FORMAT"_s);
    const QCommandLineOption out(u"out"_s, tr("File to write (default: standard output)."), u"FILE"_s);
    const QCommandLineOption title(u"title"_s, tr("Title of a TimelineJS timeline."), u"TITLE"_s);
    const QCommandLineOption published(u"published"_s, tr("Publication date of inputs that give none."),
                                       u"YYYY-MM-DD"_s);
    parser.addOptions({format, out, title, published});
    parser.addPositionalArgument(
        u"PATH"_s,
        tr("A workspace file (.newsline) or team workspace (postgresql://...), or article files or folders."),
        u"WORKSPACE|PATH..."_s);
    parser.process(arguments);

    QTextStream err(stderr);
    const auto fail = [&err](const QString &message) {
        err << u"newsline export: "_s << message << Qt::endl;
        return 2;
    };
    if (!parser.isSet(format)) {
        return fail(tr("--format is missing (one of: %1)").arg(ExportWriter::formatNames().join(u", "_s)));
    }
    const auto chosen = ExportWriter::formatFromName(parser.value(format));
    if (!chosen) {
        return fail(tr("unknown format \"%1\" (one of: %2)")
                        .arg(parser.value(format), ExportWriter::formatNames().join(u", "_s)));
    }
    QDate publishedDate;
    if (parser.isSet(published)) {
        publishedDate = QDate::fromString(parser.value(published), Qt::ISODate);
        if (!publishedDate.isValid()) {
            return fail(tr("--published \"%1\" is not a date (expected YYYY-MM-DD)").arg(parser.value(published)));
        }
    }
    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty()) {
        return fail(tr("no input given (see --help)"));
    }

    // Files go through a temporary workspace, as in the window and the briefing: one path for every article.
    const InputWorkspace input = InputWorkspace::open(paths, publishedDate);
    const QList<ReadError> &errors = input.import().errors;
    for (const ReadError &error : errors) {
        err << error.message() << Qt::endl;
    }
    if (!input.workspace()) {
        return fail(input.error());
    }
    const Corpus corpus = WorkspaceExport::corpus(*input.workspace());
    const QString name = parser.isSet(title) ? parser.value(title)
                                             : (input.isTemporary() ? tr("Newsline timeline")
                                                                    : QFileInfo(paths.constFirst()).completeBaseName());
    const QByteArray bytes = ExportWriter::write(*chosen, corpus, name);
    if (parser.isSet(out)) {
        QSaveFile file(parser.value(out));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
            return fail(tr("cannot write %1: %2").arg(QDir::toNativeSeparators(parser.value(out)), file.errorString()));
        }
    } else {
        QFile stdoutFile;
        if (!stdoutFile.open(stdout, QIODevice::WriteOnly) || stdoutFile.write(bytes) != bytes.size()) {
            return fail(tr("cannot write to standard output"));
        }
        stdoutFile.flush();
    }
    return errors.isEmpty() ? 0 : 1;
}

} // namespace Newsline
