#include "commands.h"

#include "corpusloader.h"
#include "jsonwriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Newsline {

int extractCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("extract", "Reads articles and prints their dates, money figures, entities, "
                                               "quotes and events as one JSON document on stdout."));
    parser.addHelpOption();
    const QCommandLineOption published(
        u"published"_s,
        QCoreApplication::translate("extract", "Publication date of inputs whose front matter gives none."),
        u"YYYY-MM-DD"_s);
    parser.addOption(published);
    parser.addPositionalArgument(u"PATH"_s, QCoreApplication::translate("extract", "Article files or folders."),
                                 u"PATH..."_s);
    parser.process(arguments);

    QTextStream err(stderr);
    ArticleReader reader;
    if (parser.isSet(published)) {
        const QDate date = QDate::fromString(parser.value(published), Qt::ISODate);
        if (!date.isValid()) {
            err << QCoreApplication::translate("extract", "newsline extract: --published \"%1\" is not a date "
                                                          "(expected YYYY-MM-DD)")
                       .arg(parser.value(published))
                << Qt::endl;
            return 2;
        }
        reader.setDefaultPublished(date);
    }
    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty()) {
        err << QCoreApplication::translate("extract", "newsline extract: no input given (see --help)") << Qt::endl;
        return 2;
    }

    QList<ReadError> errors;
    const Corpus corpus = CorpusLoader(reader).load(paths, &errors);
    for (const ReadError &error : std::as_const(errors)) {
        err << error.message() << Qt::endl;
    }
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly)) {
        return 2;
    }
    out.write(JsonWriter::corpus(corpus).toJson(QJsonDocument::Indented));
    out.flush();
    return errors.isEmpty() ? 0 : 1;
}

} // namespace Newsline
