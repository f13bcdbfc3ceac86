#include "commands.h"

#include "briefingwriter.h"
#include "inputworkspace.h"
#include "ratesupdate.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Newsline {

namespace {

// Distinct exit codes, so that scripts can tell the problems apart.
enum ExitCode
{
    Written = 0,
    WrittenWithUnreadableInputs = 1,
    UsageError = 2,
    EmptyCorpus = 3,
    NothingSelected = 4,
    CannotWrite = 5,
};

// The translation context of the command's messages.
struct Brief
{
    Q_DECLARE_TR_FUNCTIONS(brief)
};

} // namespace

int briefCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Brief::tr("Writes a PDF briefing of articles: summary, timeline, money figures, "
                                               "quotes, events and sources, each fact with its citation."));
    parser.addHelpOption();
    const QCommandLineOption out(u"out"_s, Brief::tr("The PDF file to write."), u"FILE.pdf"_s);
    const QCommandLineOption title(
        u"title"_s, Brief::tr("Title of the briefing (default: from the actors and the period)."), u"TITLE"_s);
    const QCommandLineOption from(u"from"_s, Brief::tr("First day to include."), u"YYYY-MM-DD"_s);
    const QCommandLineOption to(u"to"_s, Brief::tr("Last day to include."), u"YYYY-MM-DD"_s);
    const QCommandLineOption lang(u"lang"_s, Brief::tr("Language of the briefing."), u"fr|ko|en"_s);
    const QCommandLineOption pageSize(u"page-size"_s, Brief::tr("Paper (default: from the locale)."), u"a4|letter"_s);
    const QCommandLineOption published(
        u"published"_s, Brief::tr("Publication date of inputs whose front matter gives none."), u"YYYY-MM-DD"_s);
    parser.addOptions({out, title, from, to, lang, pageSize, published});
    parser.addPositionalArgument(
        u"PATH"_s,
        Brief::tr(
            "Article files or folders, or one workspace: a file (.newsline) or a team workspace (postgresql://...)."),
        u"PATH..."_s);
    parser.process(arguments);

    QTextStream err(stderr);
    const auto fail = [&err](const QString &message, int code) {
        err << Brief::tr("newsline brief: %1").arg(message) << Qt::endl;
        return code;
    };
    const auto dateOption = [&](const QCommandLineOption &option, QDate *date) {
        if (!parser.isSet(option)) {
            return true;
        }
        *date = QDate::fromString(parser.value(option), Qt::ISODate);
        return date->isValid();
    };

    if (!parser.isSet(out) || parser.value(out).isEmpty()) {
        return fail(Brief::tr("no output file given (use --out FILE.pdf)"), UsageError);
    }
    BriefingOptions options;
    options.ratesLastDate = RatesUpdate::status().lastDate;
    options.title = parser.value(title);
    if (!dateOption(from, &options.filter.from)) {
        return fail(Brief::tr("--from \"%1\" is not a date (expected YYYY-MM-DD)").arg(parser.value(from)), UsageError);
    }
    if (!dateOption(to, &options.filter.to)) {
        return fail(Brief::tr("--to \"%1\" is not a date (expected YYYY-MM-DD)").arg(parser.value(to)), UsageError);
    }
    if (options.filter.from.isValid() && options.filter.to.isValid() && options.filter.from > options.filter.to) {
        return fail(Brief::tr("--from %1 comes after --to %2").arg(parser.value(from), parser.value(to)), UsageError);
    }
    if (parser.isSet(lang)) {
        options.language = parser.value(lang);
        if (!QStringList{u"en"_s, u"fr"_s, u"ko"_s}.contains(options.language)) {
            return fail(Brief::tr("--lang \"%1\" is not one of fr, ko, en").arg(options.language), UsageError);
        }
    }
    if (parser.isSet(pageSize)) {
        const QString size = parser.value(pageSize).toLower();
        if (size == "a4"_L1) {
            options.pageSize = QPageSize::A4;
        } else if (size == "letter"_L1) {
            options.pageSize = QPageSize::Letter;
        } else {
            return fail(Brief::tr("--page-size \"%1\" is not a4 or letter").arg(parser.value(pageSize)), UsageError);
        }
    } else {
        options.pageSize = BriefingOptions::defaultPageSize(options.locale());
    }
    QDate publishedDate;
    if (!dateOption(published, &publishedDate)) {
        return fail(Brief::tr("--published \"%1\" is not a date (expected YYYY-MM-DD)").arg(parser.value(published)),
                    UsageError);
    }
    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty()) {
        return fail(Brief::tr("no input given (see --help)"), UsageError);
    }

    // Files go through a temporary workspace, as in the window: one path, one briefing for the same articles.
    const InputWorkspace input = InputWorkspace::open(paths, publishedDate);
    const QList<ReadError> &errors = input.import().errors;
    for (const ReadError &error : errors) {
        err << error.message() << Qt::endl;
    }
    if (!input.workspace()) {
        return fail(input.error(), UsageError);
    }
    const Corpus corpus = input.corpus();
    const QString path = parser.value(out);
    const BriefingWriter::Result result = BriefingWriter(options).write(corpus, path);
    switch (result.status) {
    case BriefingWriter::Status::Written:
        QTextStream(stdout) << Brief::tr("Wrote %1 (pages: %2)").arg(QDir::toNativeSeparators(path)).arg(result.pages)
                            << Qt::endl;
        return errors.isEmpty() ? Written : WrittenWithUnreadableInputs;
    case BriefingWriter::Status::EmptyCorpus:
        return fail(result.message, EmptyCorpus);
    case BriefingWriter::Status::NothingSelected:
        return fail(result.message, NothingSelected);
    case BriefingWriter::Status::CannotWrite:
    case BriefingWriter::Status::Cancelled:
        break;
    }
    return fail(result.message, CannotWrite);
}

} // namespace Newsline
