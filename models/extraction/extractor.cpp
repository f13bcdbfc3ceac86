#include "extractor.h"

#include "entityfinder.h"
#include "eventbuilder.h"
#include "exchangerates.h"
#include "moneyfinder.h"
#include "quotefinder.h"
#include "timexfinder.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>

using namespace Qt::StringLiterals;

namespace Newsline {

namespace {

// Bump when extraction code changes its output, the reports of events (EventBuilder::mentions) stored with each
// article included: workspaces extracted before are then offered re-extraction.
constexpr int ExtractionRevision = 10;

} // namespace

void Extractor::extract(Article &article) const
{
    article.timexes = TimexFinder().find(article);
    article.figures = MoneyFinder().find(article);
    // After the timexes, so a figure can take the day its sentence (or paragraph) names.
    const ExchangeRates &rates = ExchangeRates::instance();
    const QList<QDate> rateDates = MoneyFinder::rateDates(article);
    for (qsizetype i = 0; i < article.figures.size(); ++i) {
        rates.fillUsd(article.figures[i], rateDates.at(i));
    }
    article.entities = EntityFinder().find(article);
    article.quotes = QuoteFinder().find(article);
}

QList<int> Extractor::fillMissingUsd(Article &article)
{
    QList<int> filled;
    const ExchangeRates &rates = ExchangeRates::instance();
    QList<QDate> rateDates;
    for (qsizetype i = 0; i < article.figures.size(); ++i) {
        MoneyFigure &figure = article.figures[i];
        if (figure.usd) {
            continue;
        }
        if (rateDates.isEmpty()) {
            rateDates = MoneyFinder::rateDates(article);
        }
        rates.fillUsd(figure, rateDates.at(i));
        if (figure.usd) {
            filled.append(int(i));
        }
    }
    return filled;
}

QDate Extractor::ratesLastDate()
{
    return ExchangeRates::instance().lastDate();
}

void Extractor::buildEvents(Corpus &corpus) const
{
    corpus.events = EventBuilder().build(corpus.articles);
}

void Extractor::extract(Corpus &corpus) const
{
    for (Article &article : corpus.articles) {
        extract(article);
    }
    buildEvents(corpus);
}

QString Extractor::version()
{
    static const QString version = [] {
        // The knowledge files steer extraction as much as the code does.
        QStringList files;
        QDirIterator it(u":/newsline/knowledge"_s, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            files.append(it.next());
        }
        files.sort();
        QCryptographicHash hash(QCryptographicHash::Sha1);
        for (const QString &name : std::as_const(files)) {
            QFile file(name);
            if (file.open(QIODevice::ReadOnly)) {
                hash.addData(name.toUtf8());
                hash.addData(file.readAll());
            }
        }
        return u"%1.%2-%3"_s.arg(QStringLiteral(NEWSLINE_VERSION))
            .arg(ExtractionRevision)
            .arg(QString::fromLatin1(hash.result().toHex().left(12)));
    }();
    return version;
}

int Extractor::revision()
{
    return ExtractionRevision;
}

int Extractor::revisionOf(const QString &version)
{
    // "<program version>.<revision>-<knowledge hash>"
    const qsizetype dash = version.lastIndexOf(u'-');
    const qsizetype dot = version.lastIndexOf(u'.', dash);
    if (dash < 0 || dot < 0) {
        return -1;
    }
    bool ok = false;
    const int revision = QStringView(version).mid(dot + 1, dash - dot - 1).toInt(&ok);
    return ok && revision >= 0 ? revision : -1;
}

} // namespace Newsline
