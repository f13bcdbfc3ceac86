#include "storerecords.h"

#include "serverstore.h"
#include "storefile.h"

#include <QDataStream>
#include <QDateTime>
#include <QHash>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlRecord>
#include <QtEndian>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Newsline::StoreRecords {

namespace {

// Separates actors in one column: a control character no name contains.
constexpr QChar ActorSeparator = QChar(0x1F);

QVariant nullable(const QString &value)
{
    return value.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
}

QVariant dateValue(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

QDate dateFrom(const QVariant &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

// Bulk reads (a snapshot reads 100,000 events) take dates as SQLite's julianday() and names of enumerations as their
// index: numbers cost Qt's SQLite driver no string to convert and allocate per value.
QString julianColumn(const QString &column)
{
    return u"julianday("_s + column + u')';
}

QDate dateFromJulian(const QVariant &value)
{
    // julianday() counts from noon, QDate from midnight.
    return value.isNull() ? QDate() : QDate::fromJulianDay(qint64(std::floor(value.toDouble() + 0.5)));
}

// "CASE lower(column) WHEN 'name0' THEN 0 ... ELSE fallback END" for an enumeration's names, as fromName reads them.
template <typename Enum>
QString enumColumn(const QString &column, int count, QString (*nameOf)(Enum), Enum fallback)
{
    QString sql = u"CASE lower("_s + column + u")"_s;
    for (int i = 0; i < count; ++i) {
        sql += u" WHEN '"_s + nameOf(static_cast<Enum>(i)).toLower() + u"' THEN "_s + QString::number(i);
    }
    return sql + u" ELSE "_s + QString::number(int(fallback)) + u" END"_s;
}

// No article is longer than this many characters (16 MiB of text): an offset beyond it was not written by Newsline.
constexpr int MaxOffset = 16 * 1024 * 1024;

bool validSpan(int start, int end, qsizetype length)
{
    return start >= 0 && end >= start && end <= length;
}

// Everything read from a workspace is checked against the text it points into: a hand-edited offset near INT_MAX would
// otherwise overflow the arithmetic of whoever shows it. Wrong spans are dropped, a wrong speaker mention forgotten.
void keepValidSpans(Article &a)
{
    const qsizetype length = a.text.size();
    const auto drop = [length](auto &list, auto span) {
        list.removeIf([&](const auto &item) {
            const TextSpan s = span(item);
            return !validSpan(s.start, s.end, length);
        });
    };
    const auto self = [](const TextSpan &s) { return s; };
    drop(a.paragraphs, self);
    drop(a.sentences, self);
    drop(a.boilerplate, self);
    drop(a.timexes, [](const Timex &t) { return TextSpan{t.start, t.end}; });
    drop(a.figures, [](const MoneyFigure &f) { return TextSpan{f.start, f.end}; });
    drop(a.quotes, [](const Quote &q) { return TextSpan{q.start, q.end}; });
    for (Quote &q : a.quotes) {
        if (!validSpan(q.speakerMention.start, q.speakerMention.end, length)) {
            q.speakerMention = {};
        }
    }
    for (Entity &e : a.entities) {
        drop(e.mentions, self);
        for (auto &role : e.roles) {
            if (!validSpan(role.span.start, role.span.end, length)) {
                role.span = {};
            }
        }
    }
}

// Events sort by their ISO date, undated ones last ("~" sorts after digits). A date ISO 8601 cannot write (before year
// 1 or after 9999, only from a hand-edited report) sorts as undated instead of leaving the column empty.
QString sortKey(const QDate &date)
{
    const QString iso = date.isValid() ? date.toString(Qt::ISODate) : QString();
    return iso.size() == 10 ? iso : u"~"_s;
}

// A list in a stored report: QDataStream's own reading reserves the count it reads first, so a hand-edited count of
// four billion would ask for tens of GB. A count that the remaining bytes cannot hold marks the record as corrupt.
template <typename T>
void readList(QDataStream &in, QList<T> &list)
{
    list.clear();
    quint32 count = 0;
    in >> count;
    // Every item takes at least four bytes (an int, or a string's length).
    if (in.status() != QDataStream::Ok) {
        return;
    }
    if (!in.device() || qint64(count) * 4 > in.device()->bytesAvailable()) {
        in.setStatus(QDataStream::ReadCorruptData);
        return;
    }
    list.reserve(count);
    for (quint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        T item;
        in >> item;
        list.append(std::move(item));
    }
    if (in.status() != QDataStream::Ok) {
        list.clear();
    }
}

// Spans are many and only ever read whole: a compact blob of little-endian int32 pairs.
QByteArray encodeSpans(const QList<TextSpan> &spans)
{
    QByteArray bytes(spans.size() * 8, Qt::Uninitialized);
    char *out = bytes.data();
    for (const TextSpan &span : spans) {
        qToLittleEndian<qint32>(span.start, out);
        qToLittleEndian<qint32>(span.end, out + 4);
        out += 8;
    }
    return bytes;
}

QList<TextSpan> decodeSpans(const QByteArray &bytes)
{
    QList<TextSpan> spans;
    spans.reserve(bytes.size() / 8);
    const char *in = bytes.constData();
    for (qsizetype i = 0; i + 8 <= bytes.size(); i += 8) {
        spans.append({qFromLittleEndian<qint32>(in + i), qFromLittleEndian<qint32>(in + i + 4)});
    }
    return spans;
}

QString encodeMetadata(const QList<QPair<QString, QString>> &metadata)
{
    if (metadata.isEmpty()) {
        return {};
    }
    QJsonArray array;
    for (const auto &pair : metadata) {
        array.append(QJsonArray{pair.first, pair.second});
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<QPair<QString, QString>> decodeMetadata(const QString &text)
{
    QList<QPair<QString, QString>> metadata;
    if (text.isEmpty()) {
        return metadata;
    }
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue &value : array) {
        const QJsonArray pair = value.toArray();
        metadata.append({pair.at(0).toString(), pair.at(1).toString()});
    }
    return metadata;
}

// The workspace id of a ref's article: through articleIds when refs index them, else the ref holds the id already.
int articleIdOf(int article, const QList<int> *articleIds)
{
    return articleIds ? articleIds->value(article, -1) : article;
}

QString encodeFigures(const QList<FigureRef> &figures, const QList<int> *articleIds)
{
    QStringList parts;
    for (const FigureRef &ref : figures) {
        parts.append(u"%1:%2"_s.arg(articleIdOf(ref.article, articleIds)).arg(ref.index));
    }
    return parts.join(u',');
}

QList<FigureRef> decodeFigures(const QString &text)
{
    QList<FigureRef> figures;
    for (QStringView part : QStringView(text).split(u',', Qt::SkipEmptyParts)) {
        const qsizetype colon = part.indexOf(u':');
        figures.append({part.left(colon).toInt(), part.mid(colon + 1).toInt()});
    }
    return figures;
}

QString encodeConflicts(const QList<EventConflict> &conflicts, const QList<int> *articleIds)
{
    if (conflicts.isEmpty()) {
        return {};
    }
    QJsonArray array;
    for (const EventConflict &conflict : conflicts) {
        QJsonArray sources;
        for (const SourceRef &s : conflict.sources) {
            sources.append(QJsonArray{articleIdOf(s.article, articleIds), s.start, s.end});
        }
        array.append(QJsonObject{{"field"_L1, conflict.field},
                                 {"values"_L1, QJsonArray::fromStringList(conflict.values)},
                                 {"sources"_L1, sources}});
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<EventConflict> decodeConflicts(const QString &text)
{
    QList<EventConflict> conflicts;
    if (text.isEmpty()) {
        return conflicts;
    }
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue &value : array) {
        const QJsonObject o = value.toObject();
        EventConflict conflict;
        conflict.field = o.value("field"_L1).toString();
        for (const QJsonValue &v : o.value("values"_L1).toArray()) {
            conflict.values.append(v.toString());
        }
        for (const QJsonValue &v : o.value("sources"_L1).toArray()) {
            const QJsonArray s = v.toArray();
            conflict.sources.append({s.at(0).toInt(), s.at(1).toInt(), s.at(2).toInt()});
        }
        conflicts.append(conflict);
    }
    return conflicts;
}

QStringList partyNames(const QList<EventParty> &parties)
{
    QStringList names;
    names.reserve(parties.size());
    for (const EventParty &p : parties) {
        names.append(p.name);
    }
    return names;
}

// Parties of an event as stored: "role:name" joined like actors.
QString encodeParties(const QList<EventParty> &parties)
{
    QStringList parts;
    parts.reserve(parties.size());
    for (const EventParty &p : parties) {
        parts.append(EventParty::roleName(p.role) + u':' + p.name);
    }
    return parts.join(ActorSeparator);
}

// Values other sources reported as stored: a date as its text, an amount as "AMOUNT CURRENCY".
QStringList encodeReported(const QList<ReportedValue> &values)
{
    QStringList texts;
    texts.reserve(values.size());
    for (const ReportedValue &v : values) {
        texts.append(v.amount ? v.amount->toString() + u' ' + v.currency : v.date);
    }
    return texts;
}

QList<ReportedValue> decodeReported(const QStringList &texts)
{
    QList<ReportedValue> values;
    values.reserve(texts.size());
    for (const QString &text : texts) {
        // A date's text has no space ("2024-02", "2024-W09").
        if (text.contains(u' ')) {
            values.append({QString(), Decimal::fromString(text.section(u' ', 0, 0)), text.section(u' ', 1)});
        } else {
            values.append({text, std::nullopt, QString()});
        }
    }
    return values;
}

// An event's wording as a JSON object of its non-empty fields; empty when it has none.
QString encodeWording(const EventWording &w)
{
    QJsonObject o;
    const auto put = [&o](QLatin1StringView key, const QString &value) {
        if (!value.isEmpty()) {
            o.insert(key, value);
        }
    };
    put("amount"_L1, Decimal::toString(w.amount));
    put("currency"_L1, w.currency);
    put("perShare"_L1, Decimal::toString(w.perShare));
    put("perShareCurrency"_L1, w.perShareCurrency);
    put("object"_L1, w.object);
    put("founded"_L1, w.founded);
    if (!w.places.isEmpty()) {
        o.insert("places"_L1, QJsonArray::fromStringList(w.places));
    }
    if (w.raised) {
        o.insert("raised"_L1, true);
    }
    if (w.merger) {
        o.insert("merger"_L1, true);
    }
    if (!w.alsoReported.isEmpty()) {
        o.insert("alsoReported"_L1, QJsonArray::fromStringList(encodeReported(w.alsoReported)));
    }
    return o.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

EventWording decodeWording(const QString &text)
{
    EventWording w;
    if (text.isEmpty()) {
        return w;
    }
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    const auto strings = [](const QJsonValue &value) {
        QStringList list;
        for (const QJsonValue &item : value.toArray()) {
            list.append(item.toString());
        }
        return list;
    };
    w.amount = Decimal::fromString(o.value("amount"_L1).toString());
    w.currency = o.value("currency"_L1).toString();
    w.perShare = Decimal::fromString(o.value("perShare"_L1).toString());
    w.perShareCurrency = o.value("perShareCurrency"_L1).toString();
    w.object = o.value("object"_L1).toString();
    w.founded = o.value("founded"_L1).toString();
    w.places = strings(o.value("places"_L1));
    w.raised = o.value("raised"_L1).toBool();
    w.merger = o.value("merger"_L1).toBool();
    w.alsoReported = decodeReported(strings(o.value("alsoReported"_L1)));
    return w;
}

QList<EventParty> decodeParties(const QString &text, const QStringList &actors)
{
    QList<EventParty> parties;
    if (text.isEmpty()) {
        // Stored before parties had roles.
        for (const QString &name : actors) {
            parties.append({name, EventParty::Role::Other});
        }
        return parties;
    }
    for (const QString &part : text.split(ActorSeparator)) {
        const qsizetype colon = part.indexOf(u':');
        parties.append({part.mid(colon + 1), EventParty::roleFromName(QStringView(part).left(colon))});
    }
    return parties;
}

// Text of a stored report in UTF-8, half the size of QDataStream's own UTF-16 (reports compare text by value, so
// null and empty strings need not be told apart).
QByteArrayList utf8(const QStringList &list)
{
    QByteArrayList bytes;
    bytes.reserve(list.size());
    for (const QString &s : list) {
        bytes.append(s.toUtf8());
    }
    return bytes;
}

QStringList fromUtf8(const QByteArrayList &list)
{
    QStringList strings;
    strings.reserve(list.size());
    for (const QByteArray &b : list) {
        strings.append(QString::fromUtf8(b));
    }
    return strings;
}

// Flags of a report that the event builder may or may not have yet (a template, so that a missing one is no error);
// they come last, so reports stored without them read as false.
template <typename Mention>
void writeFlags(QDataStream &out, const Mention &m)
{
    if constexpr (requires { m.raised; }) {
        out << m.raised;
    }
    if constexpr (requires { m.merger; }) {
        out << m.merger;
    }
    if constexpr (requires { m.parties; }) {
        QList<qint32> roles;
        for (const EventParty &p : m.parties) {
            roles.append(qint32(p.role));
        }
        out << utf8(partyNames(m.parties)) << roles << qint32(m.salience) << m.runningTotal
            << Decimal::toString(m.perShare).toUtf8() << m.perShareCurrency.toUtf8();
    }
}

template <typename Mention>
void readFlags(QDataStream &in, Mention &m)
{
    if constexpr (requires { m.raised; }) {
        in >> m.raised;
    }
    if constexpr (requires { m.merger; }) {
        in >> m.merger;
    }
    if constexpr (requires { m.parties; }) {
        QByteArrayList names;
        QList<qint32> roles;
        qint32 salience = 0;
        QByteArray perShare;
        QByteArray perShareCurrency;
        readList(in, names);
        readList(in, roles);
        in >> salience >> m.runningTotal >> perShare >> perShareCurrency;
        for (qsizetype i = 0; i < names.size() && i < roles.size(); ++i) {
            m.parties.append({QString::fromUtf8(names.at(i)), EventParty::Role(roles.at(i))});
        }
        m.salience = Event::Salience(salience);
        m.perShare = Decimal::fromString(QString::fromUtf8(perShare));
        m.perShareCurrency = QString::fromUtf8(perShareCurrency);
    }
    if (in.status() == QDataStream::ReadPastEnd) {
        in.resetStatus();
    }
}

// First byte of a stored report in UTF-8. Reports stored as UTF-16 (written for a while by schema 4) begin with the
// zero high byte of their type instead, and are still read.
constexpr quint8 MentionUtf8 = 1;

// A report of an event as stored: its article is the row's; QDataStream keeps every value exactly. Every field of
// EventMention must be written here and read back below, or events merged from stored reports differ from a build
// over the articles (workspaceeventstest compares the two).
QByteArray encodeMention(const EventMention &m)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << MentionUtf8;
    QList<qint32> figures;
    for (const FigureRef &f : m.figures) {
        figures.append(f.index);
    }
    out << qint32(m.type) << qint32(m.source.start) << qint32(m.source.end) << utf8(m.actors) << utf8(m.keyActors)
        << m.founded.toUtf8() << m.object.toUtf8() << utf8(m.places) << figures << Decimal::toString(m.amount).toUtf8()
        << m.currency.toUtf8() << Decimal::toString(m.usd).toUtf8() << m.date << qint32(m.precision)
        << qint32(m.dateBasis) << m.onOrBefore;
    writeFlags(out, m);
    return bytes;
}

EventMention decodeMention(const QByteArray &bytes, int articleId)
{
    EventMention m;
    QDataStream in(bytes);
    in.setVersion(QDataStream::Qt_6_4);
    qint32 type = 0;
    qint32 precision = 0;
    qint32 basis = 0;
    QList<qint32> figures;
    QByteArrayList actors;
    QByteArrayList keyActors;
    QByteArrayList places;
    QByteArray founded;
    QByteArray object;
    QByteArray amount;
    QByteArray currency;
    QByteArray usd;
    if (!bytes.isEmpty() && quint8(bytes.at(0)) == MentionUtf8) {
        quint8 format = 0;
        in >> format >> type >> m.source.start >> m.source.end;
        readList(in, actors);
        readList(in, keyActors);
        in >> founded >> object;
        readList(in, places);
        readList(in, figures);
        in >> amount >> currency >> usd >> m.date >> precision >> basis >> m.onOrBefore;
        m.actors = fromUtf8(actors);
        m.keyActors = fromUtf8(keyActors);
        m.places = fromUtf8(places);
        m.founded = QString::fromUtf8(founded);
        m.object = QString::fromUtf8(object);
        m.amount = Decimal::fromString(QString::fromUtf8(amount));
        m.currency = QString::fromUtf8(currency);
        m.usd = Decimal::fromString(QString::fromUtf8(usd));
        readFlags(in, m);
    } else {
        in >> type >> m.source.start >> m.source.end;
        readList(in, m.actors);
        readList(in, m.keyActors);
        in >> m.founded >> m.object;
        readList(in, m.places);
        readList(in, figures);
        QString amountText;
        QString usdText;
        in >> amountText >> m.currency >> usdText >> m.date >> precision >> basis >> m.onOrBefore;
        m.amount = Decimal::fromString(amountText);
        m.usd = Decimal::fromString(usdText);
    }
    // Values outside their enumerations, offsets outside any article and negative figure indexes were not written by
    // Newsline; such a report is read as an empty one of type Other.
    const bool sane = in.status() != QDataStream::ReadCorruptData && type >= 0 && type <= int(Event::Type::Other) &&
                      precision >= 0 && precision <= int(Event::Precision::Unknown) && basis >= 0 &&
                      basis <= int(Event::DateBasis::Analyst) && validSpan(m.source.start, m.source.end, MaxOffset) &&
                      (!m.date.isValid() || (m.date.year() >= 1 && m.date.year() <= 9999)) &&
                      std::all_of(figures.cbegin(), figures.cend(), [](qint32 f) { return f >= 0 && f < MaxOffset; });
    if (!sane) {
        EventMention empty;
        empty.source.article = articleId;
        return empty;
    }
    m.type = Event::Type(type);
    m.precision = Event::Precision(precision);
    m.dateBasis = Event::DateBasis(basis);
    m.source.article = articleId;
    for (qint32 f : std::as_const(figures)) {
        m.figures.append({articleId, f});
    }
    return m;
}

Timex::Type timexTypeFrom(const QString &name)
{
    for (Timex::Type type : {Timex::Type::Date, Timex::Type::Time, Timex::Type::Duration, Timex::Type::Set}) {
        if (Timex::typeName(type) == name) {
            return type;
        }
    }
    return Timex::Type::Date;
}

QString idList(const QList<int> &ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (int id : ids) {
        parts.append(QString::number(id));
    }
    return parts.join(u',');
}

} // namespace

QString errorText(const QSqlQuery &query)
{
    const QSqlError error = query.lastError();
    if (query.driver() && query.driver()->dbmsType() == QSqlDriver::PostgreSQL) {
        return ServerStore::oneLine(error);
    }
    return StoreFile::plainError(error);
}

namespace {

bool select(QSqlQuery &query, const QString &sql, const QVariantList &values)
{
    // A server's forward-only query streams its rows, which another query on the connection meanwhile would lose:
    // only a file's queries are read forward only.
    query.setForwardOnly(!(query.driver() && query.driver()->dbmsType() == QSqlDriver::PostgreSQL));
    if (!query.prepare(sql)) {
        qWarning("newsline: reading the workspace failed: %s", qPrintable(errorText(query)));
        return false;
    }
    for (const QVariant &value : values) {
        query.addBindValue(value);
    }
    if (!query.exec()) {
        qWarning("newsline: reading the workspace failed: %s", qPrintable(errorText(query)));
        return false;
    }
    return true;
}

// Runs a query over an extraction table and hands each row, in key order, to the article it belongs to. With
// wholeTable, rows are read in storage order, which spares a lookup of every row through the key's index (a third of a
// snapshot's time): an article's rows are written at once, in key order, which is checked as they come; on any
// surprise the articles are reset and read again by key.
template <typename Fill, typename Reset>
void forEachRow(const QSqlDatabase &db, const QString &columns, const QString &table, const QString &articleFilter,
                bool wholeTable, const QString &key, const QHash<int, int> &indexOf, Fill fill, Reset reset)
{
    const QString select_ = u"SELECT article_id, "_s + columns;
    const QString where = articleFilter.isEmpty() ? QString() : u" WHERE article_id IN ("_s + articleFilter + u')';
    if (wholeTable) {
        const QStringList keys = key.split(u", "_s);
        QSqlQuery query(db);
        if (!select(query, select_ + u", "_s + keys.join(u", "_s) + u" FROM "_s + table, {})) {
            return;
        }
        QList<std::pair<int, int>> last(indexOf.size(), {-1, -1});
        bool ordered = true;
        int first = -1;
        while (ordered && query.next()) {
            const auto it = indexOf.constFind(query.value(0).toInt());
            if (it == indexOf.cend()) {
                continue;
            }
            if (first < 0) {
                first = query.record().count() - int(keys.size());
            }
            const std::pair<int, int> rowKey{query.value(first).toInt(),
                                             keys.size() > 1 ? query.value(first + 1).toInt() : 0};
            ordered = last.at(it.value()) < rowKey;
            if (ordered) {
                last[it.value()] = rowKey;
                fill(it.value(), query);
            }
        }
        if (ordered) {
            return;
        }
        reset();
    }
    QSqlQuery query(db);
    if (!select(query, select_ + u" FROM "_s + table + where + u" ORDER BY article_id, "_s + key, {})) {
        return;
    }
    while (query.next()) {
        const auto it = indexOf.constFind(query.value(0).toInt());
        if (it != indexOf.cend()) {
            fill(it.value(), query);
        }
    }
}

void loadFigures(const QSqlDatabase &db, const QString &articleFilter, bool wholeTable, const QHash<int, int> &indexOf,
                 QList<Article> &articles)
{
    static const QString columns =
        u"start, \"end\", text, amount, amount_max, currency, approximate, "_s +
        enumColumn(u"kind"_s, int(MoneyFigure::Kind::Other) + 1, &MoneyFigure::kindName, MoneyFigure::Kind::Other) +
        u", usd, "_s + julianColumn(u"usd_rate_date"_s) + u", per"_s;
    forEachRow(
        db, columns, u"figures"_s, articleFilter, wholeTable, u"idx"_s, indexOf,
        [&articles](int i, const QSqlQuery &q) {
            MoneyFigure f;
            f.start = q.value(1).toInt();
            f.end = q.value(2).toInt();
            f.text = q.value(3).toString();
            // Amounts are stored as their exact digits and read back by the one reader of them.
            f.amount = Decimal::fromString(q.value(4).toString());
            f.amountMax = Decimal::fromString(q.value(5).toString());
            f.currency = q.value(6).toString();
            f.approximate = q.value(7).toBool();
            f.kind = MoneyFigure::Kind(q.value(8).toInt());
            f.usd = Decimal::fromString(q.value(9).toString());
            f.usdRateDate = dateFromJulian(q.value(10));
            f.per = q.value(11).toString();
            articles[i].figures.append(f);
        },
        [&articles] {
            for (Article &a : articles) {
                a.figures.clear();
            }
        });
}

const QString articleInfoColumns = u"id, file, title, source, url, published, language"_s;

} // namespace

Writer::Writer(const QSqlDatabase &db)
    : m_db(db)
    , m_server(db.driverName() == "QPSQL"_L1)
{
}

QSqlQuery &Writer::statement(const QString &sql)
{
    std::shared_ptr<QSqlQuery> &query = m_statements[sql];
    if (!query) {
        query = std::make_shared<QSqlQuery>(m_db);
        query->prepare(sql);
    }
    return *query;
}

bool Writer::run(QSqlQuery &query, const QVariantList &values)
{
    for (qsizetype i = 0; i < values.size(); ++i) {
        query.bindValue(int(i), values.at(i));
    }
    if (!query.exec()) {
        m_lastError = errorText(query);
        return false;
    }
    return true;
}

Writer::Stored Writer::storeArticle(const Article &article, const FileStamp &stamp, const QString &extractorVersion,
                                    const QList<MentionRecord> &mentions)
{
    QSqlQuery &byHash = statement(u"SELECT id FROM articles WHERE hash = ?"_s);
    if (!run(byHash, {stamp.hash})) {
        return Stored::Failed;
    }
    const bool known = byHash.next();
    byHash.finish();
    if (known) {
        return Stored::AlreadyThere;
    }
    QSqlQuery &byFile = statement(u"SELECT id FROM articles WHERE file = ?"_s);
    if (!run(byFile, {stamp.file})) {
        return Stored::Failed;
    }
    const int existing = byFile.next() ? byFile.value(0).toInt() : -1;
    byFile.finish();

    const QVariantList values{stamp.file,
                              stamp.hash,
                              nullable(article.title),
                              nullable(article.source),
                              nullable(article.url),
                              dateValue(article.published),
                              article.language,
                              nullable(article.originalLanguage),
                              nullable(article.note),
                              nullable(encodeMetadata(article.extraMetadata)),
                              article.text,
                              encodeSpans(article.paragraphs),
                              encodeSpans(article.sentences),
                              encodeSpans(article.boilerplate),
                              extractorVersion,
                              QDateTime::currentDateTimeUtc().toString(Qt::ISODate),
                              stamp.size,
                              stamp.modified};
    int id = existing;
    if (existing >= 0) {
        QSqlQuery &update = statement(
            u"UPDATE articles SET file = ?, hash = ?, title = ?, source = ?, url = ?, published = ?, language = ?, "
            "original_language = ?, note = ?, extra_metadata = ?, text = ?, paragraphs = ?, sentences = ?, "
            "boilerplate = ?, extractor_version = ?, imported = ?, file_size = ?, file_modified = ? WHERE id = ?"_s);
        // The full-text index forgets the old words (it needs them to find them) before they are replaced. (A server
        // keeps its search column itself.)
        if ((!m_server && !run(statement(u"INSERT INTO articles_fts(articles_fts, rowid, title, text) "
                                         "SELECT 'delete', id, title, text FROM articles WHERE id = ?"_s),
                               {existing})) ||
            !run(update, QVariantList(values) << existing) || !deleteExtraction(existing)) {
            return Stored::Failed;
        }
    } else {
        QSqlQuery &insert = statement(
            u"INSERT INTO articles (file, hash, title, source, url, published, language, original_language, note, "
            "extra_metadata, text, paragraphs, sentences, boilerplate, extractor_version, imported, file_size, "
            "file_modified) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s);
        if (!run(insert, values) || !insert.next()) {
            return Stored::Failed;
        }
        id = insert.value(0).toInt();
        insert.finish();
    }
    if (!m_server && !run(statement(u"INSERT INTO articles_fts(rowid, title, text) VALUES (?, ?, ?)"_s),
                          {id, nullable(article.title), article.text})) {
        return Stored::Failed;
    }
    if (!insertExtraction(id, article, mentions) || !noteChange(id)) {
        return Stored::Failed;
    }
    return existing >= 0 ? Stored::Updated : Stored::Added;
}

bool Writer::replaceExtraction(int articleId, const Article &article, const QString &extractorVersion,
                               const QList<MentionRecord> &mentions)
{
    QSqlQuery &update = statement(
        u"UPDATE articles SET paragraphs = ?, sentences = ?, boilerplate = ?, extractor_version = ? WHERE id = ?"_s);
    return run(update, {encodeSpans(article.paragraphs), encodeSpans(article.sentences),
                        encodeSpans(article.boilerplate), extractorVersion, articleId}) &&
           deleteExtraction(articleId) && insertExtraction(articleId, article, mentions) && noteChange(articleId);
}

bool Writer::deleteExtraction(int articleId)
{
    if (!m_server &&
        !run(statement(u"INSERT INTO quotes_fts(quotes_fts, rowid, text, speaker, speaker_role) "
                       "SELECT 'delete', id, text, speaker, speaker_role FROM quotes WHERE article_id = ?"_s),
             {articleId})) {
        return false;
    }
    for (const QString &table :
         {u"timexes"_s, u"figures"_s, u"entities"_s, u"entity_roles"_s, u"quotes"_s, u"event_mentions"_s}) {
        if (!run(statement(u"DELETE FROM "_s + table + u" WHERE article_id = ?"_s), {articleId})) {
            return false;
        }
    }
    return true;
}

bool Writer::insertExtraction(int articleId, const Article &article, const QList<MentionRecord> &mentions)
{
    QSqlQuery &timex = statement(
        u"INSERT INTO timexes (article_id, idx, start, \"end\", text, type, value) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    for (qsizetype i = 0; i < article.timexes.size(); ++i) {
        const Timex &t = article.timexes.at(i);
        if (!run(timex, {articleId, int(i), t.start, t.end, t.text, Timex::typeName(t.type), t.value})) {
            return false;
        }
    }
    QSqlQuery &figure = statement(
        u"INSERT INTO figures (article_id, idx, start, \"end\", text, amount, amount_max, currency, approximate, "
        "kind, usd, usd_rate_date, per) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (qsizetype i = 0; i < article.figures.size(); ++i) {
        const MoneyFigure &f = article.figures.at(i);
        if (!run(figure, {articleId, int(i), f.start, f.end, f.text, Decimal::toString(f.amount),
                          nullable(Decimal::toString(f.amountMax)), f.currency, int(f.approximate),
                          MoneyFigure::kindName(f.kind), nullable(Decimal::toString(f.usd)), dateValue(f.usdRateDate),
                          nullable(f.per)})) {
            return false;
        }
    }
    QSqlQuery &entity =
        statement(u"INSERT INTO entities (article_id, idx, name, type, mentions) VALUES (?, ?, ?, ?, ?)"_s);
    QSqlQuery &role = statement(u"INSERT INTO entity_roles (article_id, entity_idx, idx, title, organisation, start, "
                                "\"end\") VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    for (qsizetype i = 0; i < article.entities.size(); ++i) {
        const Entity &e = article.entities.at(i);
        if (!run(entity, {articleId, int(i), e.name, Entity::typeName(e.type), encodeSpans(e.mentions)})) {
            return false;
        }
        for (qsizetype r = 0; r < e.roles.size(); ++r) {
            const Role &ro = e.roles.at(r);
            if (!run(role,
                     {articleId, int(i), int(r), ro.title, nullable(ro.organisation), ro.span.start, ro.span.end})) {
                return false;
            }
        }
    }
    QSqlQuery &quote =
        statement(u"INSERT INTO quotes (article_id, idx, start, \"end\", text, speaker, speaker_start, speaker_end, "
                  "speaker_role, sort_date, kind) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    const QString sortDate = article.published.isValid() ? article.published.toString(Qt::ISODate) : u"~"_s;
    for (qsizetype i = 0; i < article.quotes.size(); ++i) {
        const Quote &q = article.quotes.at(i);
        if (!run(quote, {articleId, int(i), q.start, q.end, q.text, nullable(q.speaker), q.speakerMention.start,
                         q.speakerMention.end, nullable(q.speakerRole), sortDate, Quote::kindName(q.kind)})) {
            return false;
        }
    }
    // The quotes the analyst added to this text stand again beside what was extracted.
    QSqlQuery &added = statement(addedQuotes(u"a.id = ?"_s));
    if (!run(added, {articleId})) {
        return false;
    }
    const bool anyQuote = !article.quotes.isEmpty() || added.numRowsAffected() > 0;
    return (m_server || !anyQuote ||
            run(statement(u"INSERT INTO quotes_fts(rowid, text, speaker, speaker_role) "
                          "SELECT id, text, speaker, speaker_role FROM quotes WHERE article_id = ?"_s),
                {articleId})) &&
           insertMentions(articleId, mentions);
}

QString Writer::addedQuotes(const QString &condition)
{
    // An added quote's text is the evidence kept with its correction (offsets count UTF-16 units, which SQLite's
    // substr does not); it follows the article's extracted quotes, in the order it was added.
    return u"INSERT INTO quotes (article_id, idx, start, \"end\", text, speaker, speaker_start, speaker_end, "
           "speaker_role, sort_date, kind, correction_id) "
           "SELECT a.id, 1000000000 + c.id, c.start, c.\"end\", e.text, "
           "nullif(json_extract(c.data, '$.values.speaker'), ''), -1, -1, "
           "nullif(json_extract(c.data, '$.values.role'), ''), coalesce(a.published, '~'), "
           "coalesce(json_extract(c.data, '$.values.kind'), 'direct'), c.id "
           "FROM corrections c JOIN articles a ON a.hash = c.article_hash "
           "JOIN correction_evidence e ON e.correction_id = c.id AND e.idx = 0 "
           "WHERE c.kind = 'add-quote' AND json_valid(c.data) AND "_s +
           condition;
}

bool Writer::insertAddedQuote(qint64 correctionId)
{
    return run(statement(addedQuotes(u"c.id = ?"_s)), {correctionId}) &&
           (m_server || run(statement(u"INSERT INTO quotes_fts(rowid, text, speaker, speaker_role) "
                                      "SELECT id, text, speaker, speaker_role FROM quotes WHERE correction_id = ?"_s),
                            {correctionId}));
}

bool Writer::removeAddedQuote(qint64 correctionId)
{
    return (m_server ||
            run(statement(u"INSERT INTO quotes_fts(quotes_fts, rowid, text, speaker, speaker_role) "
                          "SELECT 'delete', id, text, speaker, speaker_role FROM quotes WHERE correction_id = ?"_s),
                {correctionId})) &&
           run(statement(u"DELETE FROM quotes WHERE correction_id = ?"_s), {correctionId});
}

bool Writer::insertMentions(int articleId, const QList<MentionRecord> &mentions)
{
    QSqlQuery &insert = statement(u"INSERT INTO event_mentions (article_id, idx, bucket, data) VALUES (?, ?, ?, ?)"_s);
    for (qsizetype i = 0; i < mentions.size(); ++i) {
        const MentionRecord &m = mentions.at(i);
        if (!run(insert, {articleId, int(i), m.bucket, encodeMention(m.mention)})) {
            return false;
        }
    }
    return true;
}

bool Writer::replaceMentions(int articleId, const QList<MentionRecord> &mentions)
{
    return run(statement(u"DELETE FROM event_mentions WHERE article_id = ?"_s), {articleId}) &&
           insertMentions(articleId, mentions);
}

bool Writer::setFigureUsd(int articleId, int figureIndex, const QString &usd, const QDate &rateDate)
{
    QSqlQuery &update = statement(u"UPDATE figures SET usd = ?, usd_rate_date = ? WHERE article_id = ? AND idx = ?"_s);
    return run(update, {nullable(usd), dateValue(rateDate), articleId, figureIndex}) && noteChange(articleId);
}

bool Writer::replaceEvents(const QList<Event> &events, const QList<int> &articleIds, const QList<EventPlace> &places)
{
    if (!run(statement(u"DELETE FROM event_sources"_s), {}) || !run(statement(u"DELETE FROM events"_s), {})) {
        return false;
    }
    for (qsizetype i = 0; i < events.size(); ++i) {
        const int rank = int(i) + 1;
        if (!insertEventRow(events.at(i), rank, events.at(i).id, rank, places.isEmpty() ? nullptr : &places.at(i),
                            articleIds.isEmpty() ? nullptr : &articleIds)) {
            return false;
        }
    }
    // Events without places cannot be updated in part: the next update rebuilds them all.
    const bool placed = events.isEmpty() || !places.isEmpty();
    return placed ? run(statement(u"DELETE FROM meta WHERE key = 'events_rebuild'"_s), {})
                  : run(statement(u"INSERT INTO meta(key, value) VALUES ('events_rebuild', 'full') "
                                  "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s),
                        {});
}

bool Writer::insertEventRow(const Event &e, const QVariant &id, const QString &key, int rank, const EventPlace *place,
                            const QList<int> *articleIds)
{
    QSqlQuery &insert =
        // A new event takes the next id after the largest (as SQLite gives row ids), under the write lock.
        statement(u"INSERT INTO events (id, key, type, date, sort_key, precision, date_basis, actors, summary, lane, "
                  "figures, conflicts, bucket, order_key, rank, parties, salience, running_total, wording) VALUES ("
                  "coalesce(?, (SELECT coalesce(max(id), 0) + 1 FROM events)), "
                  "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s);
    QSqlQuery &source =
        statement(u"INSERT INTO event_sources (event_id, idx, article_id, start, \"end\") VALUES (?, ?, ?, ?, ?)"_s);
    const QVariant none(QMetaType::fromType<QString>());
    if (!run(insert, {id, key, Event::typeName(e.type), dateValue(e.date), sortKey(e.date),
                      Event::precisionName(e.precision), Event::dateBasisName(e.dateBasis),
                      e.actors.join(ActorSeparator), e.summary, nullable(e.lane), encodeFigures(e.figures, articleIds),
                      nullable(encodeConflicts(e.conflicts, articleIds)), place ? QVariant(place->bucket) : none,
                      place ? QVariant(place->orderKey) : none, rank, encodeParties(e.parties),
                      Event::salienceName(e.salience), int(e.runningTotal), nullable(encodeWording(e.wording))}) ||
        !insert.next()) {
        return false;
    }
    const int eventId = insert.value(0).toInt();
    insert.finish();
    for (qsizetype s = 0; s < e.sources.size(); ++s) {
        const SourceRef &ref = e.sources.at(s);
        if (!run(source, {eventId, int(s), articleIdOf(ref.article, articleIds), ref.start, ref.end})) {
            return false;
        }
    }
    return true;
}

bool Writer::insertEvent(const Event &event, const EventPlace &place, int rank)
{
    return insertEventRow(event, QVariant(QMetaType::fromType<int>()), u"e"_s + QString::number(rank), rank, &place,
                          nullptr);
}

bool Writer::removeEvents(const QSet<QString> &buckets)
{
    QSqlQuery &sources =
        statement(u"DELETE FROM event_sources WHERE event_id IN (SELECT id FROM events WHERE bucket = ?)"_s);
    QSqlQuery &events = statement(u"DELETE FROM events WHERE bucket = ?"_s);
    for (const QString &bucket : buckets) {
        if (!run(sources, {bucket}) || !run(events, {bucket})) {
            return false;
        }
    }
    return true;
}

bool Writer::shiftRanks(const QString &afterKey, const QString &beforeKey, int delta)
{
    if (beforeKey.isEmpty()) {
        return run(statement(u"UPDATE events SET rank = rank + ?, key = 'e' || (rank + ?) WHERE order_key > ?"_s),
                   {delta, delta, afterKey});
    }
    return run(statement(u"UPDATE events SET rank = rank + ?, key = 'e' || (rank + ?) "
                         "WHERE order_key > ? AND order_key < ?"_s),
               {delta, delta, afterKey, beforeKey});
}

bool Writer::setLane(int eventId, const QString &lane)
{
    return run(statement(u"UPDATE events SET lane = ? WHERE id = ?"_s), {nullable(lane), eventId});
}

bool Writer::clearChanges()
{
    return run(statement(u"DELETE FROM event_changes"_s), {});
}

bool Writer::noteChange(int articleId)
{
    return run(statement(u"INSERT INTO event_changes (article_id) VALUES (?) ON CONFLICT DO NOTHING"_s), {articleId});
}

QList<Article> loadArticles(const QSqlDatabase &db, const QString &where, const QVariantList &values, QList<int> *ids)
{
    QList<Article> articles;
    QList<int> articleIds;
    QHash<int, int> indexOf;
    {
        QSqlQuery q(db);
        if (!select(q,
                    u"SELECT id, file, title, source, url, published, language, original_language, note, "
                    "extra_metadata, text, paragraphs, sentences, boilerplate FROM articles"_s +
                        (where.isEmpty() ? u" ORDER BY id"_s : u" WHERE "_s + where),
                    values)) {
            return articles;
        }
        while (q.next()) {
            Article a;
            a.file = q.value(1).toString();
            a.title = q.value(2).toString();
            a.source = q.value(3).toString();
            a.url = q.value(4).toString();
            a.published = dateFrom(q.value(5));
            a.language = q.value(6).toString();
            a.originalLanguage = q.value(7).toString();
            a.note = q.value(8).toString();
            a.extraMetadata = decodeMetadata(q.value(9).toString());
            a.text = q.value(10).toString();
            a.paragraphs = decodeSpans(q.value(11).toByteArray());
            a.sentences = decodeSpans(q.value(12).toByteArray());
            a.boilerplate = decodeSpans(q.value(13).toByteArray());
            indexOf.insert(q.value(0).toInt(), int(articles.size()));
            articleIds.append(q.value(0).toInt());
            articles.append(std::move(a));
        }
    }
    if (articles.isEmpty()) {
        return articles;
    }
    // Loading everything reads whole tables in order; a few articles are picked by id.
    const QString filter = where.isEmpty() ? QString() : idList(articleIds);
    const bool whole = where.isEmpty();
    forEachRow(
        db, u"start, \"end\", text, type, value"_s, u"timexes"_s, filter, whole, u"idx"_s, indexOf,
        [&articles](int i, const QSqlQuery &q) {
            Timex t;
            t.start = q.value(1).toInt();
            t.end = q.value(2).toInt();
            t.text = q.value(3).toString();
            t.type = timexTypeFrom(q.value(4).toString());
            t.setValue(q.value(5).toString());
            articles[i].timexes.append(t);
        },
        [&articles] {
            for (Article &a : articles) {
                a.timexes.clear();
            }
        });
    loadFigures(db, filter, whole, indexOf, articles);
    // Roles are read after their entities, so a reset of entities resets roles too.
    forEachRow(
        db, u"name, type, mentions"_s, u"entities"_s, filter, whole, u"idx"_s, indexOf,
        [&articles](int i, const QSqlQuery &q) {
            Entity e;
            e.name = q.value(1).toString();
            e.type = Entity::typeFromName(q.value(2).toString());
            e.mentions = decodeSpans(q.value(3).toByteArray());
            articles[i].entities.append(e);
        },
        [&articles] {
            for (Article &a : articles) {
                a.entities.clear();
            }
        });
    forEachRow(
        db, u"entity_idx, title, organisation, start, \"end\""_s, u"entity_roles"_s, filter, whole,
        u"entity_idx, idx"_s, indexOf,
        [&articles](int i, const QSqlQuery &q) {
            const int entity = q.value(1).toInt();
            if (entity >= 0 && entity < articles[i].entities.size()) {
                articles[i].entities[entity].roles.append(
                    {q.value(2).toString(), q.value(3).toString(), {q.value(4).toInt(), q.value(5).toInt()}});
            }
        },
        [&articles] {
            for (Article &a : articles) {
                for (Entity &e : a.entities) {
                    e.roles.clear();
                }
            }
        });
    forEachRow(
        db, u"start, \"end\", text, speaker, speaker_start, speaker_end, speaker_role, kind"_s, u"quotes"_s, filter,
        whole, u"idx"_s, indexOf,
        [&articles](int i, const QSqlQuery &q) {
            Quote quote;
            quote.start = q.value(1).toInt();
            quote.end = q.value(2).toInt();
            quote.text = q.value(3).toString();
            quote.speaker = q.value(4).toString();
            quote.speakerMention = {q.value(5).toInt(), q.value(6).toInt()};
            quote.speakerRole = q.value(7).toString();
            quote.kind = Quote::kindFromName(q.value(8).toString());
            articles[i].quotes.append(quote);
        },
        [&articles] {
            for (Article &a : articles) {
                a.quotes.clear();
            }
        });
    for (Article &a : articles) {
        keepValidSpans(a);
    }
    if (ids) {
        *ids = articleIds;
    }
    return articles;
}

ArticleInfo articleInfoFrom(const QSqlQuery &q, int first)
{
    ArticleInfo info;
    info.id = q.value(first).toInt();
    info.file = q.value(first + 1).toString();
    info.title = q.value(first + 2).toString();
    info.source = q.value(first + 3).toString();
    info.url = q.value(first + 4).toString();
    info.published = dateFrom(q.value(first + 5));
    info.language = q.value(first + 6).toString();
    return info;
}

QList<ArticleInfo> articleInfos(const QSqlDatabase &db, const QString &where, const QVariantList &values)
{
    QList<ArticleInfo> infos;
    QSqlQuery q(db);
    if (select(q, u"SELECT "_s + articleInfoColumns + u" FROM articles WHERE "_s + where, values)) {
        while (q.next()) {
            infos.append(articleInfoFrom(q, 0));
        }
    }
    return infos;
}

QList<Article> citedArticles(const QSqlDatabase &db, const QList<int> &ids)
{
    QList<Article> articles(ids.size());
    if (ids.isEmpty()) {
        return articles;
    }
    QHash<int, int> indexOf;
    indexOf.reserve(ids.size());
    for (qsizetype i = 0; i < ids.size(); ++i) {
        indexOf.insert(ids.at(i), int(i));
    }
    const QString filter = idList(ids);
    for (const ArticleInfo &info : articleInfos(db, u"id IN ("_s + filter + u')', {})) {
        Article &a = articles[indexOf.value(info.id)];
        a.file = info.file;
        a.title = info.title;
        a.source = info.source;
        a.url = info.url;
        a.published = info.published;
        a.language = info.language;
    }
    // Reading the whole table beats picking rows by key once most articles are cited.
    QSqlQuery count(u"SELECT count(*) FROM articles"_s, db);
    const bool most = count.next() && ids.size() * 2 > count.value(0).toInt();
    loadFigures(db, filter, most, indexOf, articles);
    return articles;
}

QList<Event> loadEvents(const QSqlDatabase &db, const QString &where, const QVariantList &values)
{
    static const QString columns =
        u"id, key, "_s + enumColumn(u"type"_s, int(Event::Type::Other) + 1, &Event::typeName, Event::Type::Other) +
        u", "_s + julianColumn(u"date"_s) + u", "_s +
        enumColumn(u"precision"_s, int(Event::Precision::Unknown) + 1, &Event::precisionName,
                   Event::Precision::Unknown) +
        u", "_s +
        enumColumn(u"date_basis"_s, int(Event::DateBasis::Analyst) + 1, &Event::dateBasisName,
                   Event::DateBasis::Published) +
        u", actors, summary, lane, figures, conflicts, parties, salience, running_total, wording"_s;
    QList<Event> events;
    QList<int> ids;
    {
        QSqlQuery q(db);
        if (!select(q, u"SELECT "_s + columns + u" FROM events WHERE "_s + where, values)) {
            return events;
        }
        while (q.next()) {
            Event e;
            e.id = q.value(1).toString();
            e.type = Event::Type(q.value(2).toInt());
            e.date = dateFromJulian(q.value(3));
            e.precision = Event::Precision(q.value(4).toInt());
            e.dateBasis = Event::DateBasis(q.value(5).toInt());
            const QString actors = q.value(6).toString();
            e.actors = actors.isEmpty() ? QStringList() : actors.split(ActorSeparator);
            e.summary = q.value(7).toString();
            e.lane = q.value(8).toString();
            e.figures = decodeFigures(q.value(9).toString());
            e.conflicts = decodeConflicts(q.value(10).toString());
            e.parties = decodeParties(q.value(11).toString(), e.actors);
            e.salience = Event::salienceFromName(q.value(12).toString());
            e.runningTotal = q.value(13).toBool();
            e.wording = decodeWording(q.value(14).toString());
            ids.append(q.value(0).toInt());
            events.append(std::move(e));
        }
    }
    if (events.isEmpty()) {
        return events;
    }
    // Event ids are row ids, dense enough to index a list directly: no hash lookup per source. (A hand-edited id near
    // INT_MAX or below zero is left out of the list rather than sizing it.)
    int maxId = 0;
    for (int id : std::as_const(ids)) {
        if (id <= ids.size() * 4 + 1024) {
            maxId = std::max(maxId, id);
        }
    }
    QList<int> indexOf(qsizetype(maxId) + 1, -1);
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (ids.at(i) >= 0 && ids.at(i) <= maxId) {
            indexOf[ids.at(i)] = int(i);
        }
    }
    QSqlQuery q(db);
    // A page of events names its ids; a whole snapshot reads the table in order.
    const QString filter = ids.size() > 1000 ? QString() : u" WHERE event_id IN ("_s + idList(ids) + u')';
    if (select(q,
               u"SELECT event_id, article_id, start, \"end\" FROM event_sources"_s + filter +
                   u" ORDER BY event_id, idx"_s,
               {})) {
        while (q.next()) {
            const int id = q.value(0).toInt();
            const int index = id >= 0 && id <= maxId ? indexOf.at(id) : -1;
            if (index >= 0) {
                const int start = q.value(2).toInt();
                const int end = q.value(3).toInt();
                if (validSpan(start, end, MaxOffset)) {
                    events[index].sources.append({q.value(1).toInt(), start, end});
                }
            }
        }
    }
    return events;
}

QuoteRow quoteRowFrom(const QSqlQuery &q, int first)
{
    QuoteRow row;
    row.id = q.value(first).toInt();
    row.articleId = q.value(first + 1).toInt();
    row.start = q.value(first + 2).toInt();
    row.end = q.value(first + 3).toInt();
    if (!validSpan(row.start, row.end, MaxOffset)) {
        row.start = row.end = -1;
    }
    row.text = q.value(first + 4).toString();
    row.speaker = q.value(first + 5).toString();
    row.speakerRole = q.value(first + 6).toString();
    row.published = dateFrom(q.value(first + 7));
    row.articleTitle = q.value(first + 8).toString();
    row.kind = Quote::kindFromName(q.value(first + 9).toString());
    return row;
}

QList<QuoteRow> quoteRows(const QSqlDatabase &db, const QString &where, const QVariantList &values)
{
    QList<QuoteRow> rows;
    QSqlQuery q(db);
    if (select(q,
               u"SELECT q.id, q.article_id, q.start, q.\"end\", q.text, q.speaker, q.speaker_role, a.published, "
               "a.title, q.kind FROM quotes q JOIN articles a ON a.id = q.article_id WHERE "_s +
                   where,
               values)) {
        while (q.next()) {
            rows.append(quoteRowFrom(q, 0));
        }
    }
    return rows;
}

QList<int> changedArticles(const QSqlDatabase &db)
{
    QList<int> ids;
    QSqlQuery q(db);
    if (select(q, u"SELECT article_id FROM event_changes ORDER BY article_id"_s, {})) {
        while (q.next()) {
            ids.append(q.value(0).toInt());
        }
    }
    return ids;
}

QSet<QString> bucketsOfArticles(const QSqlDatabase &db, const QList<int> &articleIds)
{
    QSet<QString> buckets;
    if (articleIds.isEmpty()) {
        return buckets;
    }
    QSqlQuery q(db);
    if (select(q,
               u"SELECT DISTINCT e.bucket FROM event_sources s JOIN events e ON e.id = s.event_id "
               "WHERE s.article_id IN ("_s +
                   idList(articleIds) + u')',
               {})) {
        while (q.next()) {
            buckets.insert(q.value(0).toString());
        }
    }
    return buckets;
}

QStringList orderKeys(const QSqlDatabase &db, const QSet<QString> &buckets)
{
    QStringList keys;
    if (buckets.isEmpty()) {
        return keys;
    }
    QSqlQuery q(db);
    const QVariantList values(buckets.cbegin(), buckets.cend());
    if (select(q,
               u"SELECT order_key FROM events WHERE bucket IN ("_s + QStringList(values.size(), u"?"_s).join(u',') +
                   u") ORDER BY order_key"_s,
               values)) {
        while (q.next()) {
            keys.append(q.value(0).toString());
        }
    }
    return keys;
}

std::pair<int, QString> rankBefore(const QSqlDatabase &db, const QString &orderKey)
{
    QSqlQuery q(db);
    if (select(q, u"SELECT rank, order_key FROM events WHERE order_key < ? ORDER BY order_key DESC LIMIT 1"_s,
               {orderKey}) &&
        q.next()) {
        return {q.value(0).toInt(), q.value(1).toString()};
    }
    return {0, QString()};
}

QList<LaneRow> laneRows(const QSqlDatabase &db)
{
    static const QString type =
        enumColumn(u"type"_s, int(Event::Type::Other) + 1, &Event::typeName, Event::Type::Other);
    QList<LaneRow> rows;
    QSqlQuery q(db);
    if (select(q, u"SELECT id, "_s + type + u", actors, lane FROM events"_s, {})) {
        while (q.next()) {
            LaneRow row;
            row.id = q.value(0).toInt();
            row.type = Event::Type(q.value(1).toInt());
            const QString actors = q.value(2).toString();
            row.actors = actors.isEmpty() ? QStringList() : actors.split(ActorSeparator);
            row.lane = q.value(3).toString();
            rows.append(std::move(row));
        }
    }
    return rows;
}

QHash<QString, Entity::Type> entityTypes(const QSqlDatabase &db)
{
    QHash<QString, Entity::Type> types;
    QSqlQuery q(db);
    // SQLite fills the bare column from the row holding the max(): each name's type in its latest article.
    // PostgreSQL says so with DISTINCT ON (served by its entities_latest index).
    const bool server = q.driver() && q.driver()->dbmsType() == QSqlDriver::PostgreSQL;
    if (select(q,
               server ? u"SELECT DISTINCT ON (name) name, type FROM entities ORDER BY name, article_id DESC, idx DESC"_s
                      : u"SELECT name, type, max(article_id * 65536 + idx) FROM entities GROUP BY name"_s,
               {})) {
        while (q.next()) {
            types.insert(q.value(0).toString(), Entity::typeFromName(q.value(1).toString()));
        }
    }
    return types;
}

QSet<QString> bucketsOfMentions(const QSqlDatabase &db, const QList<int> &articleIds)
{
    QSet<QString> buckets;
    if (articleIds.isEmpty()) {
        return buckets;
    }
    QSqlQuery q(db);
    if (select(q, u"SELECT DISTINCT bucket FROM event_mentions WHERE article_id IN ("_s + idList(articleIds) + u')',
               {})) {
        while (q.next()) {
            buckets.insert(q.value(0).toString());
        }
    }
    return buckets;
}

void loadMentions(const QSqlDatabase &db, const QSet<QString> *buckets, const MentionVisitor &visit)
{
    QSqlQuery q(db);
    QVariantList values;
    QString where;
    if (buckets) {
        if (buckets->isEmpty()) {
            return;
        }
        values = QVariantList(buckets->cbegin(), buckets->cend());
        where = u" WHERE bucket IN ("_s + QStringList(values.size(), u"?"_s).join(u',') + u')';
    }
    if (select(q, u"SELECT article_id, idx, data FROM event_mentions"_s + where + u" ORDER BY article_id, idx"_s,
               values)) {
        while (q.next()) {
            const int article = q.value(0).toInt();
            visit(article, q.value(1).toInt(), decodeMention(q.value(2).toByteArray(), article));
        }
    }
}

} // namespace Newsline::StoreRecords
