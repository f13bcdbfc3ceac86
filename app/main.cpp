#include "commands.h"

#include "articlereader.h"
#include "articlesearchpanel.h"
#include "corpusloader.h"
#include "eventfilterbar.h"
#include "eventlistmodel.h"
#include "figurechartview.h"
#include "mainwindow.h"
#include "quotesearchpanel.h"
#include "resourcedata.h"
#include "timelinewidget.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QItemSelectionModel>
#include <QLibraryInfo>
#include <QListView>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QTableView>
#include <QTextStream>
#include <QTimer>
#include <QTranslator>

#include <algorithm>
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
    {"eval-timex", evalTimexCommand, QT_TRANSLATE_NOOP("main", "score the date finder against gold timexes")},
    {"import", importCommand, QT_TRANSLATE_NOOP("main", "import articles into a workspace file")},
    {"search", searchCommand, QT_TRANSLATE_NOOP("main", "search the quotes and articles of a workspace")},
    {"copy-workspace", copyWorkspaceCommand,
     QT_TRANSLATE_NOOP("main", "copy a workspace into another: a file to a team workspace on PostgreSQL, or back")},
    {"export", exportCommand,
     QT_TRANSLATE_NOOP("main", "write events, figures or quotes as CSV, JSON, iCalendar or TimelineJS")},
    {"rates", ratesCommand, QT_TRANSLATE_NOOP("main", "say how old the exchange rates are, or fetch newer ones")},
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
    // English has a catalogue too, of plural forms only ("1 article", "2 articles"). It also serves the C/POSIX
    // locale, which names no language, and every language without a catalogue, since those read English.
    if (translator->load(locale, u"newsline"_s, u"_"_s, u":/i18n"_s) ||
        translator->load(u"newsline_en"_s, u":/i18n"_s)) {
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

// Every knowledge file parses, the user's own included: else each problem is said (in a message box too, for the
// window) and the program does not start.
bool knowledgeUsable()
{
    const QList<ResourceData::KnowledgeError> errors = ResourceData::verify();
    if (errors.isEmpty()) {
        return true;
    }
    QStringList lines;
    for (const ResourceData::KnowledgeError &error : errors) {
        lines.append(error.message());
    }
    const QString message =
        QCoreApplication::translate("main", "newsline: these knowledge files cannot be used, so Newsline does not "
                                            "start:\n%1")
            .arg(lines.join(u'\n'));
    QTextStream(stderr) << message << Qt::endl;
    if (qobject_cast<QApplication *>(QCoreApplication::instance()) && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Newsline cannot start"), message);
    }
    return false;
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
    if (!knowledgeUsable()) {
        return 2;
    }
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
    // The usage line reads "newsline", whatever path the program was started by.
    std::string programName("newsline");
    std::vector<char *> appArgv{programName.data()};
    for (int i = 1; i < argc; ++i) {
        appArgv.push_back(argv[i]);
    }
    appArgv.push_back(nullptr);
    int appArgc = argc;
    QApplication app(appArgc, appArgv.data());
    QApplication::setApplicationName(u"newsline"_s);
    QApplication::setApplicationDisplayName(u"Newsline"_s);
    QApplication::setOrganizationName(u"Newsline"_s);
    QApplication::setApplicationVersion(QStringLiteral(NEWSLINE_VERSION));
    // --lang wins; else the language chosen in View > Language last time; else the system's.
    QString language = requestedLanguage(argc, argv);
    if (language.isEmpty()) {
        language = QSettings().value(u"view/language"_s).toString();
    }
    installTranslators(app, language);
    if (!knowledgeUsable()) {
        return 2;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Turns news articles into a verified timeline and a briefing.\n\nCommands (newsline COMMAND --help):"));
    QString commandList;
    qsizetype nameWidth = 0;
    for (const Command &command : commands) {
        nameWidth = std::max(nameWidth, qsizetype(std::strlen(command.name)));
    }
    for (const Command &command : commands) {
        commandList += u"  "_s + QString::fromLatin1(command.name).leftJustified(nameWidth + 2) +
                       QCoreApplication::translate("main", command.summary) + u'\n';
    }
    parser.setApplicationDescription(parser.applicationDescription() + u'\n' + commandList + u'\n' + ratesAgeLine());
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
    // Hidden options that pose the window and save a picture of it, for the documentation's screenshots.
    QCommandLineOption screenshot(u"screenshot"_s, u"Save a picture of the window to FILE and quit."_s, u"FILE"_s);
    QCommandLineOption selectEvent(u"select-event"_s, u"Select the events with these ids (comma-separated)."_s,
                                   u"IDS"_s);
    QCommandLineOption searchQuotes(u"search-quotes"_s, u"Search quotes for TEXT."_s, u"TEXT"_s);
    QCommandLineOption searchArticles(u"search-articles"_s, u"Search article texts for TEXT."_s, u"TEXT"_s);
    QCommandLineOption allFigures(u"all-figures"_s, u"Compare all figures."_s);
    QCommandLineOption logScale(u"log-scale"_s, u"Figures on a log scale."_s);
    QCommandLineOption size(u"size"_s, u"Window size."_s, u"WxH"_s);
    QCommandLineOption range(u"range"_s, u"Dates shown on the timeline."_s, u"FROM,TO"_s);
    QCommandLineOption filter(u"filter"_s, u"Filter the events with TEXT."_s, u"TEXT"_s);
    QCommandLineOption lanes(u"lanes"_s, u"Lanes by partnership, company or type."_s, u"partnership|company|type"_s);
    QCommandLineOption scrollLanes(u"scroll-lanes"_s, u"Scroll the lanes to a fraction of their height."_s, u"F"_s);
    for (QCommandLineOption *option : {&screenshot, &selectEvent, &searchQuotes, &searchArticles, &allFigures,
                                       &logScale, &size, &range, &filter, &lanes, &scrollLanes}) {
        option->setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(*option);
    }
    parser.addPositionalArgument(
        u"PATH"_s,
        QCoreApplication::translate(
            "main", "A workspace file (.newsline), a team workspace (postgresql://...), or article files "
                    "or folders to open (default: the workspace open "
                    "last time, else the files of the last session, "
                    "else the bundled sample corpus)."),
        u"[PATH...]"_s);
    parser.process(app);

    ArticleReader reader;
    if (parser.isSet(published)) {
        reader.setDefaultPublished(QDate::fromString(parser.value(published), Qt::ISODate));
    }
    QStringList paths = parser.positionalArguments();
    // One workspace file given, or none given and one opened last time: the window shows that workspace.
    QString workspace;
    if (paths.size() == 1 && (paths.constFirst().endsWith(u".newsline"_s, Qt::CaseInsensitive) ||
                              Workspace::isServerUri(paths.constFirst()))) {
        workspace = paths.takeFirst();
    } else if (paths.isEmpty() && !parser.isSet(screenshot)) {
        const QString last = QSettings().value(u"workspace/last"_s).toString();
        if (!last.isEmpty() && QFileInfo::exists(last)) {
            workspace = last;
        }
    }
    if (workspace.isEmpty() && paths.isEmpty() && !parser.isSet(screenshot)) {
        const QStringList last = QSettings().value(u"session/openPaths"_s).toStringList();
        for (const QString &path : last) {
            if (path.startsWith(u':') || QFileInfo::exists(path)) {
                paths.append(path);
            }
        }
    }
    if (workspace.isEmpty() && paths.isEmpty()) {
        paths.append(CorpusLoader::sampleCorpusPath());
    }

    MainWindow window;
    window.setArticleReader(reader);
    if (parser.isSet(size)) {
        const QStringList wh = parser.value(size).split(u'x');
        if (wh.size() == 2) {
            window.resize(wh[0].toInt(), wh[1].toInt());
        }
    }
    window.show();
    if (parser.isSet(screenshot)) {
        const auto pose = [&] {
            if (parser.isSet(allFigures)) {
                window.figureChart()->setShowAll(true);
            }
            window.figureChart()->setLogScale(parser.isSet(logScale));
            const QStringList ids = parser.value(selectEvent).split(u',', Qt::SkipEmptyParts);
            for (const QString &id : ids) {
                for (qsizetype row = 0; row < window.corpus().events.size(); ++row) {
                    if (window.corpus().events.at(row).id == id) {
                        const QModelIndex index = window.eventModel()->index(int(row), 0);
                        window.eventSelection()->setCurrentIndex(index, QItemSelectionModel::Select |
                                                                            QItemSelectionModel::Rows);
                    }
                }
            }
            if (parser.isSet(searchQuotes)) {
                window.raisePanel(u"quotes"_s);
                window.quoteSearch()->setSearchText(parser.value(searchQuotes));
                QTableView *results = window.quoteSearch()->resultView();
                if (results->model()->rowCount() > 0) {
                    results->setCurrentIndex(results->model()->index(0, 0));
                }
            }
            if (parser.isSet(searchArticles)) {
                window.raisePanel(u"search"_s);
                window.articleSearch()->search(parser.value(searchArticles));
                QListView *hits = window.articleSearch()->resultView();
                if (hits->model()->rowCount() > 0) {
                    hits->setCurrentIndex(hits->model()->index(0, 0));
                }
            }
            if (parser.isSet(lanes)) {
                const QString mode = parser.value(lanes);
                window.setLaneMode(int(mode == u"company"_s ? TimelineWidget::LaneMode::Company
                                       : mode == u"type"_s  ? TimelineWidget::LaneMode::EventType
                                                            : TimelineWidget::LaneMode::Partnership));
            }
            if (parser.isSet(filter)) {
                EventFilter eventFilter;
                eventFilter.text = parser.value(filter);
                window.filterBar()->setFilter(eventFilter);
            }
            if (parser.isSet(scrollLanes)) {
                const double fraction = parser.value(scrollLanes).toDouble();
                window.timeline()->scrollToLane(int(fraction * window.timeline()->laneNames().size()));
            }
            const QStringList dates = parser.value(range).split(u',');
            if (dates.size() == 2) {
                window.timeline()->setVisibleRange(QDate::fromString(dates[0], Qt::ISODate),
                                                   QDate::fromString(dates[1], Qt::ISODate));
            }
            QTimer::singleShot(600, &window, [&] {
                window.grab().save(parser.value(screenshot));
                QCoreApplication::quit();
            });
        };
        if (workspace.isEmpty()) {
            QObject::connect(&window, &MainWindow::importFinished, &window, pose, Qt::SingleShotConnection);
        } else {
            QObject::connect(&window, &MainWindow::workspaceLoaded, &window, pose, Qt::SingleShotConnection);
        }
    }
    // A workspace that cannot be opened says why in the window, which then shows the sample corpus.
    if (workspace.isEmpty() ||
        !(Workspace::isServerUri(workspace) ? window.openTeamWorkspace(workspace) : window.openWorkspace(workspace))) {
        window.openPaths(paths.isEmpty() ? QStringList{CorpusLoader::sampleCorpusPath()} : paths);
    }
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
