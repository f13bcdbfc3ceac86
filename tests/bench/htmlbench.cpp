// htmlbench [COUNT]: reading saved web pages: generated articles (default 300) written as pages in the shape of news
// sites (head with meta tags and scripts, menus, related links, comments, footer) beside the same articles as text.
// Reports the HTML reader alone, whole reading (parse, body, segmentation) against text, and import into a
// workspace with extraction, in pages per second.
#include "articlereader.h"
#include "corpusgenerator.h"
#include "htmlreader.h"
#include "workspace.h"
#include "workspaceimporter.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <time.h>

using namespace Qt::StringLiterals;
using namespace Newsline;

namespace {

QTextStream out(stdout);

qint64 cpuNow()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1000000000 + t.tv_nsec;
}

// The generated article as a page: its front matter as meta tags, its lines as paragraphs, site furniture around.
QByteArray page(const QString &file, int index)
{
    QString title;
    QString published;
    QString source;
    QStringList lines = file.split(u'\n');
    if (!lines.isEmpty() && lines.constFirst() == u"---") {
        lines.removeFirst();
        while (!lines.isEmpty() && lines.constFirst() != u"---") {
            const QString line = lines.takeFirst();
            const QString value = line.section(u':', 1).trimmed();
            if (line.startsWith(u"title:"_s)) {
                title = value;
            } else if (line.startsWith(u"published:"_s)) {
                published = value;
            } else if (line.startsWith(u"source:"_s)) {
                source = value;
            }
        }
        if (!lines.isEmpty()) {
            lines.removeFirst();
        }
    }
    QString html = u"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>"_s + title.toHtmlEscaped() +
                   u" | "_s + source.toHtmlEscaped() + u"</title><meta property=\"og:title\" content=\""_s +
                   title.toHtmlEscaped() + u"\"><meta property=\"og:site_name\" content=\""_s + source.toHtmlEscaped() +
                   u"\"><meta property=\"article:published_time\" content=\""_s + published +
                   u"T08:00:00Z\"><link rel=\"canonical\" href=\"https://news.example/a/"_s + QString::number(index) +
                   u"\"><script src=\"https://cdn.example/app.js\"></script><script>window.dataLayer=[];"
                   "function track(e){dataLayer.push(e)}</script><style>"_s;
    for (int i = 0; i < 40; ++i) {
        html += u".c%1{margin:0 auto;padding:4px 8px;font:14px/1.4 serif;color:#333}"_s.arg(i);
    }
    html += u"</style></head><body><div class=\"cookie-banner\"><p>We use cookies.</p><button>OK</button></div>"
            "<header class=\"masthead\"><nav><ul>"_s;
    for (int i = 0; i < 30; ++i) {
        html += u"<li><a href=\"/s%1\">Section %1</a></li>"_s.arg(i);
    }
    html += u"</ul></nav></header><main><article><h1>"_s + title.toHtmlEscaped() +
            u"</h1><p class=\"byline\">By Staff</p><div class=\"article-body\">"_s;
    for (const QString &line : std::as_const(lines)) {
        if (!line.trimmed().isEmpty()) {
            html += u"<p>"_s + line.toHtmlEscaped() + u"</p>\n"_s;
        }
    }
    html += u"<aside class=\"related\"><h2>Related articles</h2><ul>"_s;
    for (int i = 0; i < 10; ++i) {
        html += u"<li><a href=\"/r%1\">Another story number %1 of the day</a></li>"_s.arg(i);
    }
    html += u"</ul></aside></div></article></main><section id=\"comments\">"_s;
    for (int i = 0; i < 5; ++i) {
        html += u"<div class=\"comment\"><p>Reader %1 thinks this is all very interesting indeed.</p></div>"_s.arg(i);
    }
    html += u"</section><footer><p>© 2024 The Example Times. All rights reserved.</p></footer></body></html>"_s;
    return html.toUtf8();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 300;
    QTemporaryDir dir;
    const CorpusGenerator generator;
    QList<QByteArray> pages;
    QList<QByteArray> texts;
    qint64 pageBytes = 0;
    qint64 textBytes = 0;
    QStringList pageFiles;
    for (int i = 0; i < count; ++i) {
        const QString text = generator.article(i);
        texts.append(text.toUtf8());
        pages.append(page(text, i));
        pageBytes += pages.last().size();
        textBytes += texts.last().size();
        const QString path = dir.filePath(u"page-%1.html"_s.arg(i, 5, 10, QLatin1Char('0')));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(pages.last()) != pages.last().size()) {
            out << "cannot write " << path << Qt::endl;
            return 1;
        }
        pageFiles.append(path);
    }
    out << count << " pages, " << pageBytes / 1024 << " KiB of HTML (" << textBytes / 1024
        << " KiB as text); one thread, CPU time" << Qt::endl;

    const auto run = [&](const char *what, const QList<QByteArray> &inputs, qint64 bytes, auto &&read) {
        // Best of three rounds: the machine is shared.
        double best = 1e30;
        for (int round = 0; round < 3; ++round) {
            const qint64 start = cpuNow();
            for (int i = 0; i < inputs.size(); ++i) {
                read(inputs.at(i), i);
            }
            best = std::min(best, double(cpuNow() - start) / 1e9);
        }
        out << QString::asprintf("%-40s %8.3f s %9.1f pages/s %8.2f MB/s\n", what, best, double(inputs.size()) / best,
                                 double(bytes) / 1e6 / best);
        out.flush();
        return best;
    };
    int failures = 0;
    const double parseOnly =
        run("HTML reader alone (gumbo, body, meta)", pages, pageBytes, [&](const QByteArray &bytes, int) {
            failures += HtmlReader::readPage(bytes).article.text.isEmpty() ? 1 : 0;
        });
    const ArticleReader reader;
    const double html = run("read page (+ segmentation)", pages, pageBytes, [&](const QByteArray &bytes, int) {
        failures += reader.parse(bytes, u"p.html"_s).article ? 0 : 1;
    });
    const double text = run("read same article as text", texts, textBytes, [&](const QByteArray &bytes, int) {
        failures += reader.parse(bytes, u"p.txt"_s).article ? 0 : 1;
    });
    out << QString::asprintf("page reading costs %.2fx the text reading of the same articles (parser alone %.2fx)\n",
                             html / text, parseOnly / text);

    QString error;
    const std::unique_ptr<Workspace> workspace = Workspace::create(dir.filePath(u"bench.newsline"_s), &error);
    if (!workspace) {
        out << error << Qt::endl;
        return 1;
    }
    workspace->setDurable(false);
    WorkspaceImporter importer(*workspace);
    QElapsedTimer wall;
    wall.start();
    const ImportResult result = importer.importFiles(pageFiles);
    const double seconds = double(wall.nsecsElapsed()) / 1e9;
    out << QString::asprintf("import with extraction (wall, all threads) %8.3f s %9.1f pages/s (%d added, %lld "
                             "errors)\n",
                             seconds, double(count) / seconds, result.added, qlonglong(result.errors.size()));
    if (failures > 0 || result.added != count) {
        out << "pages not read: " << failures << Qt::endl;
        return 1;
    }
    return 0;
}
