#include "workspacecopy.h"

#include "storerecords.h"
#include "workspaceimporter.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Newsline {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Newsline::WorkspaceCopy", text);
}

// What makes two corrections the same one: copying twice, or back and forth, adds each once.
QString signature(const Correction &c)
{
    return Correction::kindName(c.kind) + u'\x1f' + c.target.toString() + u'\x1f' + c.author + u'\x1f' +
           QString::number(c.made.toMSecsSinceEpoch()) + u'\x1f' +
           QString::fromUtf8(QJsonDocument(c.values).toJson(QJsonDocument::Compact));
}

struct SourceRow
{
    StoreRecords::FileStamp stamp;
    QString extractorVersion;
};

// The stamps and extractor versions of a page of the source's articles, by id.
QHash<int, SourceRow> sourceRows(const Workspace &source, const QList<int> &ids)
{
    QHash<int, SourceRow> rows;
    QSqlQuery q(source.database());
    q.setForwardOnly(!source.isServer());
    QStringList marks;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        marks.append(u"?"_s);
    }
    q.prepare(u"SELECT id, file, hash, file_size, file_modified, extractor_version FROM articles WHERE id IN ("_s +
              marks.join(u',') + u')');
    for (int id : ids) {
        q.addBindValue(id);
    }
    if (q.exec()) {
        while (q.next()) {
            rows.insert(q.value(0).toInt(),
                        {{q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong(), q.value(4).toString()},
                         q.value(5).toString()});
        }
    }
    return rows;
}

} // namespace

WorkspaceCopy::Result WorkspaceCopy::copy(const Workspace &source, Workspace &destination, const Progress &progress,
                                          int batchSize)
{
    Result result;
    if (destination.isReadOnly()) {
        result.failure = destination.readOnlyNotice();
        return result;
    }
    const int total = source.articleCount();
    StoreRecords::Writer writer(destination.database());
    for (int offset = 0; offset < total && !result.cancelled; offset += batchSize) {
        QList<int> ids;
        for (const ArticleInfo &info : source.articles(offset, batchSize)) {
            ids.append(info.id);
        }
        const QList<Article> articles = source.fullArticles(ids);
        const QHash<int, SourceRow> rows = sourceRows(source, ids);
        if (articles.size() != ids.size() || rows.size() != ids.size()) {
            result.failure = tr("%1: the articles could not be read: %2").arg(source.path(), source.lastError());
            return result;
        }
        if (!destination.begin()) {
            result.failure = destination.lastError();
            return result;
        }
        bool ok = true;
        for (qsizetype i = 0; ok && i < ids.size(); ++i) {
            const SourceRow row = rows.value(ids.at(i));
            const Article &article = articles.at(i);
            ok = WorkspaceImporter::tally(writer.storeArticle(article, row.stamp, row.extractorVersion,
                                                              WorkspaceImporter::mentionRecords(article)),
                                          result.added, result.updated, result.alreadyThere);
        }
        // Until the events are built again, the destination knows they are behind (an interrupted copy included).
        ok = ok && destination.setMeta(u"events_outdated"_s, u"1"_s);
        if (!ok) {
            result.failure = writer.lastError().isEmpty() ? destination.lastError() : writer.lastError();
            destination.rollback();
            return result;
        }
        if (!destination.commit()) {
            result.failure = destination.lastError();
            return result;
        }
        if (progress && !progress(std::min(offset + batchSize, total), total)) {
            result.cancelled = true;
        }
    }
    // The analyst's corrections, in the order they were made, each once (an added quote stands again with its own).
    QSet<QString> present;
    for (const Correction &c : destination.corrections()) {
        present.insert(signature(c));
    }
    for (Correction c : source.corrections()) {
        if (present.contains(signature(c))) {
            continue;
        }
        c.id = 0;
        if (destination.addCorrection(c) < 0) {
            result.failure = destination.lastError();
            return result;
        }
        ++result.corrections;
    }
    if (!WorkspaceImporter(destination).updateEvents()) {
        result.failure = destination.lastError();
        return result;
    }
    destination.notifyChanged();
    return result;
}

} // namespace Newsline
