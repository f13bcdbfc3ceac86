#include "commands.h"

#include "workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Newsline {

namespace {

QString tr(const char *text)
{
    // lupdate files tr() calls of free functions under the enclosing namespace, so the catalogue context is that.
    return QCoreApplication::translate("Newsline", text);
}

QString dateOrDash(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : u"----------"_s;
}

} // namespace

int searchCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Searches the quotes and articles of a workspace, best matches first, and prints each with a snippet "
           "(matched words in [brackets]). Words are all required; \"quoted words\" are a phrase; word* is a "
           "prefix. Exit status 0 when something was found, 1 when nothing, 2 on error."));
    parser.addHelpOption();
    const QCommandLineOption person(u"person"_s, tr("Only quotes said by this person (and articles naming them)."),
                                    u"NAME"_s);
    const QCommandLineOption quotesOnly(u"quotes"_s, tr("Search quotes only."));
    const QCommandLineOption articlesOnly(u"articles"_s, tr("Search articles only."));
    const QCommandLineOption limit(u"limit"_s, tr("Results per kind (default 20)."), u"N"_s, u"20"_s);
    parser.addOptions({person, quotesOnly, articlesOnly, limit});
    parser.addPositionalArgument(u"QUERY"_s, tr("Words to search for (may be left out with --person)."));
    parser.addPositionalArgument(u"WORKSPACE"_s,
                                 tr("The workspace file (.newsline), or a team workspace (postgresql://...)."));
    parser.process(arguments);

    QTextStream err(stderr);
    QTextStream out(stdout);
    const QStringList positional = parser.positionalArguments();
    const bool queryGiven = positional.size() == 2;
    if (!(queryGiven || (positional.size() == 1 && parser.isSet(person)))) {
        err << tr("newsline search: give a query and a workspace file (see --help)") << Qt::endl;
        return 2;
    }
    bool ok = false;
    SearchOptions options;
    options.limit = parser.value(limit).toInt(&ok);
    if (!ok || options.limit < 1) {
        err << tr("newsline search: --limit \"%1\" is not a positive number").arg(parser.value(limit)) << Qt::endl;
        return 2;
    }
    options.person = parser.value(person);
    const QString query = queryGiven ? positional.first() : QString();
    if (Workspace::ftsQuery(query).isEmpty() && Workspace::ftsQuery(options.person).isEmpty()) {
        err << tr("newsline search: the query holds no word to search for") << Qt::endl;
        return 2;
    }
    QString error;
    // A file or a team workspace on a server; searching never writes: it is opened read-only.
    const std::unique_ptr<Workspace> workspace =
        Workspace::open(positional.last(), &error, Workspace::OpenMode::ReadOnly);
    if (!workspace) {
        err << u"newsline search: "_s << error << Qt::endl;
        return 2;
    }
    // A search that failed (a damaged full-text index, a server gone) is an error, not "nothing found".
    const auto failed = [&err, &workspace] {
        const QString problem = workspace->lastError();
        if (problem.isEmpty()) {
            return false;
        }
        err << u"newsline search: "_s << tr("%1: the search failed: %2").arg(workspace->path(), problem) << Qt::endl;
        return true;
    };

    const bool wantQuotes = !parser.isSet(articlesOnly) || parser.isSet(quotesOnly);
    // Articles have no speaker: a search by person alone lists quotes.
    const bool wantArticles =
        (!parser.isSet(quotesOnly) || parser.isSet(articlesOnly)) && !Workspace::ftsQuery(query).isEmpty();
    int found = 0;
    if (wantQuotes) {
        const QList<QuoteHit> hits = workspace->searchQuotes(query, options);
        if (failed()) {
            return 2;
        }
        if (wantArticles) {
            out << tr("Quotes (%1)").arg(hits.size()) << Qt::endl;
        }
        for (const QuoteHit &hit : hits) {
            const QuoteRow &q = hit.quote;
            QString who = q.speaker.isEmpty() ? tr("(unattributed)") : q.speaker;
            if (!q.speakerRole.isEmpty()) {
                who += u", "_s + q.speakerRole;
            }
            out << dateOrDash(q.published) << u"  "_s << who << u": “"_s << hit.snippet << u"”  (#"_s << q.articleId
                << u' ' << (q.articleTitle.isEmpty() ? tr("untitled") : q.articleTitle) << u')' << Qt::endl;
        }
        found += int(hits.size());
    }
    if (wantArticles) {
        const QList<ArticleHit> hits = workspace->searchArticles(query, options);
        if (failed()) {
            return 2;
        }
        if (wantQuotes) {
            out << tr("Articles (%1)").arg(hits.size()) << Qt::endl;
        }
        for (const ArticleHit &hit : hits) {
            const ArticleInfo &a = hit.article;
            out << dateOrDash(a.published) << u"  #"_s << a.id << u' ' << a.displayTitle();
            if (!a.source.isEmpty()) {
                out << u" — "_s << a.source;
            }
            out << Qt::endl << u"    "_s << QString(hit.snippet).replace(u'\n', u' ') << Qt::endl;
        }
        found += int(hits.size());
    }
    return found > 0 ? 0 : 1;
}

} // namespace Newsline
