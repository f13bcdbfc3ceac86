#include "briefingselection.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Newsline {

namespace {

quint64 figureKey(const FigureRef &ref)
{
    return (quint64(quint32(ref.article)) << 32) | quint32(ref.index);
}

bool overlapsPeriod(const QDate &first, const QDate &last, const BriefingFilter &filter)
{
    if (!first.isValid()) {
        // An undated item cannot be placed inside a period, so a period leaves it out.
        return !filter.hasPeriod();
    }
    return (!filter.from.isValid() || last >= filter.from) && (!filter.to.isValid() || first <= filter.to);
}

} // namespace

BriefingSelection::BriefingSelection(const Corpus &corpus, const BriefingFilter &filter)
    : m_corpus(&corpus)
{
    const QSet<QString> ids(filter.eventIds.cbegin(), filter.eventIds.cend());
    const QSet<QString> lanes(filter.lanes.cbegin(), filter.lanes.cend());
    for (int i = 0; i < corpus.events.size(); ++i) {
        const Event &event = corpus.events.at(i);
        if ((!ids.isEmpty() && !ids.contains(event.id)) || (!lanes.isEmpty() && !lanes.contains(laneOf(event)))) {
            continue;
        }
        if (overlapsPeriod(event.date, event.lastDay(), filter)) {
            m_events.append(i);
        }
    }
    std::stable_sort(m_events.begin(), m_events.end(), [&](int a, int b) {
        const QDate da = corpus.events.at(a).date;
        const QDate db = corpus.events.at(b).date;
        if (da.isValid() != db.isValid()) {
            return da.isValid();
        }
        return da < db;
    });

    QSet<int> articles;
    for (int e : std::as_const(m_events)) {
        for (const SourceRef &source : corpus.events.at(e).sources) {
            if (source.article >= 0 && source.article < corpus.articles.size()) {
                articles.insert(source.article);
            }
        }
    }
    if (!filter.hasPick()) {
        // Without a hand-picked set, articles that gave no event still inform the figures, quotes and sources.
        for (int a = 0; a < corpus.articles.size(); ++a) {
            const QDate published = corpus.articles.at(a).published;
            if (overlapsPeriod(published, published, filter)) {
                articles.insert(a);
            }
        }
    }
    m_articles = QList<int>(articles.cbegin(), articles.cend());
    std::sort(m_articles.begin(), m_articles.end(), [&](int a, int b) {
        const Article &x = corpus.articles.at(a);
        const Article &y = corpus.articles.at(b);
        if (x.published.isValid() != y.published.isValid()) {
            return x.published.isValid();
        }
        if (x.published != y.published) {
            return x.published < y.published;
        }
        return a < b;
    });
    for (int n = 0; n < m_articles.size(); ++n) {
        m_citations.insert(m_articles.at(n), n + 1);
    }
    for (int n = 0; n < m_events.size(); ++n) {
        m_eventNumbers.insert(m_events.at(n), n + 1);
    }

    for (int e : std::as_const(m_events)) {
        for (const FigureRef &ref : corpus.events.at(e).figures) {
            if (corpus.figure(ref) && !m_figureEvents.contains(figureKey(ref))) {
                m_figureEvents.insert(figureKey(ref), e);
            }
        }
    }
    for (int a : std::as_const(m_articles)) {
        const Article &article = corpus.articles.at(a);
        for (int f = 0; f < article.figures.size(); ++f) {
            const FigureRef ref{a, f};
            // A hand-picked set shows only the money of the picked events.
            if (article.figures.at(f).hasResult() && (!filter.hasPick() || m_figureEvents.contains(figureKey(ref)))) {
                m_figures.append(ref);
            }
        }
        for (int q = 0; q < article.quotes.size(); ++q) {
            if (article.quotes.at(q).hasResult()) {
                m_quotes.append({a, q});
            }
        }
    }

    QList<QDate> firsts;
    QList<QDate> lasts;
    for (int e : std::as_const(m_events)) {
        const Event &event = corpus.events.at(e);
        if (event.date.isValid()) {
            firsts.append(event.date);
            lasts.append(event.lastDay());
        }
    }
    for (int a : std::as_const(m_articles)) {
        if (corpus.articles.at(a).published.isValid()) {
            firsts.append(corpus.articles.at(a).published);
            lasts.append(corpus.articles.at(a).published);
        }
    }
    m_first = filter.from.isValid() ? filter.from
              : firsts.isEmpty()    ? QDate()
                                    : *std::min_element(firsts.cbegin(), firsts.cend());
    m_last = filter.to.isValid() ? filter.to
             : lasts.isEmpty()   ? QDate()
                                 : *std::max_element(lasts.cbegin(), lasts.cend());
}

QString BriefingSelection::citationText(const QList<int> &articles) const
{
    QList<int> numbers;
    for (int a : articles) {
        const int n = citation(a);
        if (n > 0 && !numbers.contains(n)) {
            numbers.append(n);
        }
    }
    if (numbers.isEmpty()) {
        return {};
    }
    std::sort(numbers.begin(), numbers.end());
    QStringList parts;
    for (int n : std::as_const(numbers)) {
        parts.append(QString::number(n));
    }
    return u'[' + parts.join(u", "_s) + u']';
}

QString BriefingSelection::citationText(const Event &event) const
{
    QList<int> articles;
    for (const SourceRef &source : event.sources) {
        articles.append(source.article);
    }
    return citationText(articles);
}

int BriefingSelection::eventOfFigure(const FigureRef &figure) const
{
    return m_figureEvents.value(figureKey(figure), -1);
}

int BriefingSelection::sourceCount() const
{
    QSet<QString> outlets;
    int unnamed = 0;
    for (int a : m_articles) {
        const QString &source = m_corpus->articles.at(a).source;
        if (source.isEmpty()) {
            ++unnamed;
        } else {
            outlets.insert(source);
        }
    }
    return int(outlets.size()) + unnamed;
}

QString BriefingSelection::laneOf(const Event &event)
{
    if (!event.lane.isEmpty()) {
        return event.lane;
    }
    return event.actors.join(u'–');
}

} // namespace Newsline
