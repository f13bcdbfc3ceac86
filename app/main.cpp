#include "commands.h"

#include "articlereader.h"
#include "corpusloader.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

using namespace Qt::StringLiterals;
using namespace Newsline;

namespace {

struct Command
{
    const char *name;
    int (*run)(const QStringList &arguments);
    const char *summary;
    // Commands that paint (charts, PDF) need a QApplication; they run offscreen when there is no display.
    bool needsGui = false;
};

const Command commands[] = {
    {"extract", extractCommand, QT_TRANSLATE_NOOP("main", "print the extraction of articles as JSON")},
    {"brief", briefCommand, QT_TRANSLATE_NOOP("main", "write a PDF briefing of articles"), true},
    {"import", importCommand, QT_TRANSLATE_NOOP("main", "import articles into a workspace file")},
    {"search", searchCommand, QT_TRANSLATE_NOOP("main", "search the quotes and articles of a workspace")},
    {"eval-timex", evalTimexCommand, QT_TRANSLATE_NOOP("main", "score the date finder against gold timexes")},
};

// The language comes from --lang when given, else from the system locale.
QString requestedLanguage(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--lang" && i + 1 < argc) {
            return QString::fromLocal8Bit(argv[i + 1]);
        }
        if (arg.startsWith("--lang=")) {
            return QString::fromLocal8Bit(arg.mid(7));
        }
    }
    return {};
}

void installTranslators(QCoreApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    if (!language.isEmpty()) {
        QLocale::setDefault(locale);
    }
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qtTranslator);
    }
    auto *translator = new QTranslator(&app);
    if (translator->load(locale, u"newsline"_s, u"_"_s, u":/i18n"_s)) {
        QCoreApplication::installTranslator(translator);
    }
}

bool hasDisplay()
{
    if (qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) {
        return true;
    }
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    return qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY");
#else
    return true;
#endif
}

int runCommand(const Command &command, int argc, char **argv)
{
    // Each command sees "newsline <command>" as its program name and only its own arguments, so that its
    // --help reads "Usage: newsline extract [options] ...".
    std::string programName = std::string("newsline ") + command.name;
    std::vector<char *> commandArgv{programName.data()};
    for (int i = 2; i < argc; ++i) {
        commandArgv.push_back(argv[i]);
    }
    commandArgv.push_back(nullptr);
    int commandArgc = int(commandArgv.size()) - 1;

    if (command.needsGui && !hasDisplay()) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    std::unique_ptr<QCoreApplication> application;
    if (command.needsGui) {
        application = std::make_unique<QApplication>(commandArgc, commandArgv.data());
    } else {
        application = std::make_unique<QCoreApplication>(commandArgc, commandArgv.data());
    }
    QCoreApplication &app = *application;
    QCoreApplication::setApplicationName(u"newsline"_s);
    QCoreApplication::setOrganizationName(u"Newsline"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(NEWSLINE_VERSION));
    installTranslators(app, requestedLanguage(argc, argv));
    return command.run(QCoreApplication::arguments());
}

int runWindow(int argc, char **argv)
{
    if (!hasDisplay()) {
        std::fputs("newsline: no display found (DISPLAY is not set); start it under a virtual display with "
                   "`xvfb-run -a newsline`, or use `newsline extract` on a terminal\n",
                   stderr);
        return 2;
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"newsline"_s);
    QApplication::setApplicationDisplayName(u"Newsline"_s);
    QApplication::setOrganizationName(u"Newsline"_s);
    QApplication::setApplicationVersion(QStringLiteral(NEWSLINE_VERSION));
    installTranslators(app, requestedLanguage(argc, argv));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Turns news articles into a verified timeline and a briefing.\n\nCommands (newsline COMMAND --help):"));
    QString commandList;
    for (const Command &command : commands) {
        commandList += u"  "_s + QLatin1StringView(command.name) + u"  "_s +
                       QCoreApplication::translate("main", command.summary) + u'\n';
    }
    parser.setApplicationDescription(parser.applicationDescription() + u'\n' + commandList);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption lang(u"lang"_s, QCoreApplication::translate("main", "Language of the interface."),
                                  u"fr|ko|en"_s);
    parser.addOption(lang);
    const QCommandLineOption published(
        u"published"_s,
        QCoreApplication::translate("main", "Publication date of inputs whose front matter gives none."),
        u"YYYY-MM-DD"_s);
    parser.addOption(published);
    parser.addPositionalArgument(u"PATH"_s,
                                 QCoreApplication::translate("main", "Article files or folders to open (default: "
                                                                     "the bundled sample corpus)."),
                                 u"[PATH...]"_s);
    parser.process(app);

    ArticleReader reader;
    if (parser.isSet(published)) {
        reader.setDefaultPublished(QDate::fromString(parser.value(published), Qt::ISODate));
    }
    QStringList paths = parser.positionalArguments();
    if (paths.isEmpty()) {
        paths.append(CorpusLoader::sampleCorpusPath());
    }
    QList<ReadError> errors;
    Corpus corpus = CorpusLoader(reader).load(paths, &errors);

    MainWindow window;
    window.setCorpus(std::move(corpus));
    window.show();
    QStringList messages;
    for (const ReadError &error : std::as_const(errors)) {
        messages.append(error.message());
    }
    window.showReadErrors(messages);
    return app.exec();
}

} // namespace

int main(int argc, char **argv)
{
    if (argc > 1) {
        for (const Command &command : commands) {
            if (std::strcmp(argv[1], command.name) == 0) {
                return runCommand(command, argc, argv);
            }
        }
    }
    // --help and --version need no display.
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--help") || !std::strcmp(argv[i], "-h") || !std::strcmp(argv[i], "--version") ||
            !std::strcmp(argv[i], "-v")) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        }
    }
    return runWindow(argc, argv);
}
