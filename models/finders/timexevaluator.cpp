#include "timexevaluator.h"

#include "articlereader.h"
#include "timexfinder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Newsline {

namespace {

double f1(double precision, double recall)
{
    return precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0.0;
}

Timex::Type typeFromName(const QString &name)
{
    if (name == "TIME"_L1) {
        return Timex::Type::Time;
    }
    if (name == "DURATION"_L1) {
        return Timex::Type::Duration;
    }
    if (name == "SET"_L1) {
        return Timex::Type::Set;
    }
    return Timex::Type::Date;
}

QString lineAround(const QString &text, int position)
{
    const qsizetype start = text.lastIndexOf(u'\n', std::max(0, position - 1)) + 1;
    qsizetype end = text.indexOf(u'\n', position);
    if (end < 0) {
        end = text.size();
    }
    return text.mid(start, end - start);
}

} // namespace

double TimexScores::relaxedF1() const
{
    return f1(relaxedPrecision(), relaxedRecall());
}

double TimexScores::strictF1() const
{
    const double precision = system ? double(strictMatches) / system : 0.0;
    const double recall = gold ? double(strictMatches) / gold : 0.0;
    return f1(precision, recall);
}

void TimexScores::add(const TimexScores &other)
{
    articles += other.articles;
    gold += other.gold;
    system += other.system;
    relaxedMatches += other.relaxedMatches;
    strictMatches += other.strictMatches;
    typeCorrect += other.typeCorrect;
    valueCorrect += other.valueCorrect;
    errors += other.errors;
}

TimexScores TimexEvaluator::score(const QString &text, const QList<Timex> &system, const QList<Timex> &gold,
                                  const QString &file) const
{
    int limit = int(text.size());
    if (m_annotatedLines > 0) {
        int position = 0;
        for (int line = 0; line < m_annotatedLines && position >= 0; ++line) {
            position = int(text.indexOf(u'\n', position));
            if (position >= 0) {
                ++position;
            }
        }
        if (position > 0) {
            limit = position;
        }
    }
    QList<Timex> found;
    for (const Timex &timex : system) {
        if (timex.start < limit) {
            found.append(timex);
        }
    }
    TimexScores scores;
    scores.articles = 1;
    scores.gold = int(gold.size());
    scores.system = int(found.size());
    QList<bool> used(found.size(), false);
    for (const Timex &g : gold) {
        int match = -1;
        for (qsizetype k = 0; k < found.size(); ++k) {
            if (!used[k] && g.span().overlaps(found[k].span())) {
                // Prefer the exact span when several overlap.
                if (match < 0 || (found[k].start == g.start && found[k].end == g.end)) {
                    match = int(k);
                }
            }
        }
        if (match < 0) {
            scores.errors.append({file, g, Timex{}, lineAround(text, g.start)});
            continue;
        }
        used[match] = true;
        const Timex &s = found[match];
        ++scores.relaxedMatches;
        if (s.start == g.start && s.end == g.end) {
            ++scores.strictMatches;
        }
        if (s.type == g.type) {
            ++scores.typeCorrect;
        }
        if (s.value == g.value) {
            ++scores.valueCorrect;
        }
        if (s.type != g.type || s.value != g.value) {
            scores.errors.append({file, g, s, lineAround(text, g.start)});
        }
    }
    for (qsizetype k = 0; k < found.size(); ++k) {
        if (!used[k]) {
            scores.errors.append({file, Timex{}, found[k], lineAround(text, found[k].start)});
        }
    }
    return scores;
}

TimexScores TimexEvaluator::evaluate(const QString &directory, QStringList *problems) const
{
    TimexScores total;
    const QDir dir(directory);
    // Articles are the texts that have a gold file; a licence or a README beside them is not one.
    QStringList names;
    for (const QString &gold : dir.entryList({u"*.gold.json"_s}, QDir::Files, QDir::Name)) {
        names.append(gold.chopped(int(qstrlen(".gold.json"))) + u".txt"_s);
    }
    ArticleReader reader;
    const TimexFinder finder;
    for (const QString &name : names) {
        const QString path = dir.filePath(name);
        const ArticleReader::Result result = reader.read(path);
        if (!result.article) {
            if (problems) {
                problems->append(result.error ? result.error->message() : path);
            }
            continue;
        }
        QFile goldFile(dir.filePath(name.chopped(4) + u".gold.json"_s));
        if (!goldFile.open(QIODevice::ReadOnly)) {
            if (problems) {
                problems->append(QCoreApplication::translate("TimexEvaluator", "%1: no gold file %2")
                                     .arg(path, goldFile.fileName()));
            }
            continue;
        }
        const QJsonObject root = QJsonDocument::fromJson(goldFile.readAll()).object();
        QList<Timex> gold;
        for (const QJsonValue &value : root.value("timexes"_L1).toArray()) {
            const QJsonObject object = value.toObject();
            Timex timex;
            timex.start = object.value("start"_L1).toInt();
            timex.end = object.value("end"_L1).toInt();
            timex.text = object.value("text"_L1).toString();
            timex.type = typeFromName(object.value("type"_L1).toString());
            timex.setValue(object.value("value"_L1).toString());
            gold.append(timex);
        }
        const Article &article = *result.article;
        total.add(score(article.text, finder.find(article), gold, name));
    }
    return total;
}

} // namespace Newsline
