#include "ratesupdate.h"

#include "exchangerates.h"
#include "resourcedata.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <zlib.h>

#include <optional>

using namespace Qt::StringLiterals;

namespace Newsline::RatesUpdate {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Newsline::RatesUpdate", text);
}

const QString TableName = u"ecb-eurofxref-hist.csv"_s;
// A downloaded table larger than this is no ECB table (the whole history is about 7 MB).
constexpr qsizetype MaxTableSize = 64 * 1024 * 1024;

QByteArray bundledCsv()
{
    QFile file(u":/newsline/data/"_s + TableName);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

quint32 le32(const QByteArray &bytes, qsizetype at)
{
    return quint32(uchar(bytes.at(at))) | quint32(uchar(bytes.at(at + 1))) << 8 |
           quint32(uchar(bytes.at(at + 2))) << 16 | quint32(uchar(bytes.at(at + 3))) << 24;
}

quint16 le16(const QByteArray &bytes, qsizetype at)
{
    return quint16(uchar(bytes.at(at)) | uchar(bytes.at(at + 1)) << 8);
}

// The first .csv member of a zip archive, from its local header (stored or deflated).
QByteArray unzipCsv(const QByteArray &zip, QString *error)
{
    qsizetype at = 0;
    while (at + 30 <= zip.size() && le32(zip, at) == 0x04034b50) {
        const quint16 flags = le16(zip, at + 6);
        const quint16 method = le16(zip, at + 8);
        qint64 compressed = le32(zip, at + 18);
        const qint64 size = le32(zip, at + 22);
        const quint16 nameLength = le16(zip, at + 26);
        const quint16 extraLength = le16(zip, at + 28);
        const qsizetype dataStart = at + 30 + nameLength + extraLength;
        if (dataStart > zip.size()) {
            break;
        }
        const QString name = QString::fromUtf8(zip.mid(at + 30, nameLength));
        if ((flags & 0x08) && compressed == 0) {
            // Sizes follow the data; the CSV is read to the end of its deflate stream.
            compressed = zip.size() - dataStart;
        }
        if (dataStart + compressed > zip.size()) {
            *error = tr("the zip archive is truncated");
            return {};
        }
        if (!name.endsWith(u".csv"_s, Qt::CaseInsensitive)) {
            at = dataStart + compressed;
            continue;
        }
        const QByteArray data = zip.mid(dataStart, compressed);
        if (method == 0) {
            return data;
        }
        if (method != 8) {
            *error = tr("the zip archive uses a compression method other than deflate");
            return {};
        }
        if (size > MaxTableSize) {
            *error = tr("the table in the zip archive is too large to be an exchange-rate table");
            return {};
        }
        z_stream stream{};
        if (inflateInit2(&stream, -MAX_WBITS) != Z_OK) {
            *error = tr("the zip archive cannot be unpacked");
            return {};
        }
        QByteArray out;
        out.resize(size > 0 ? size : 1024 * 1024);
        stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
        stream.avail_in = uInt(data.size());
        int status = Z_OK;
        while (status == Z_OK) {
            if (stream.total_out >= uLong(out.size())) {
                if (out.size() >= MaxTableSize) {
                    break;
                }
                out.resize(out.size() * 2);
            }
            stream.next_out = reinterpret_cast<Bytef *>(out.data() + stream.total_out);
            stream.avail_out = uInt(out.size() - qsizetype(stream.total_out));
            status = inflate(&stream, Z_NO_FLUSH);
        }
        const uLong produced = stream.total_out;
        inflateEnd(&stream);
        if (status != Z_STREAM_END) {
            *error = tr("the zip archive is truncated or damaged");
            return {};
        }
        out.truncate(qsizetype(produced));
        return out;
    }
    *error = tr("the zip archive holds no CSV table");
    return {};
}

QDate isoDate(QByteArrayView text)
{
    return text.size() == 10 ? QDate::fromString(QString::fromLatin1(text), Qt::ISODate) : QDate();
}

// Days, newest first as the ECB writes them; the largest gap between two; errors by line.
struct Scan
{
    QDate first;
    QDate last;
    qint64 largestGap = 0;
    QString error;
};

Scan scan(const QByteArray &csv)
{
    Scan result;
    const QList<QByteArray> lines = csv.split('\n');
    if (lines.isEmpty() || !lines.constFirst().startsWith("Date,")) {
        result.error = tr("not an ECB exchange-rate table (the first line is not \"Date,USD,...\")");
        return result;
    }
    const QList<QByteArray> header = lines.constFirst().trimmed().split(',');
    if (!header.contains("USD")) {
        result.error = tr("the table has no USD column");
        return result;
    }
    QDate previous;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        if (line.isEmpty()) {
            continue;
        }
        const QList<QByteArray> fields = line.split(',');
        const QDate date = isoDate(fields.constFirst());
        if (!date.isValid()) {
            result.error = tr("line %1: \"%2\" is not a date").arg(i + 1).arg(QString::fromUtf8(fields.constFirst()));
            return result;
        }
        if (fields.size() != header.size()) {
            result.error = tr("line %1: %2 fields where the header has %3 (the file may be cut short)")
                               .arg(i + 1)
                               .arg(fields.size())
                               .arg(header.size());
            return result;
        }
        for (qsizetype f = 1; f < fields.size(); ++f) {
            const QByteArray &value = fields.at(f);
            bool ok = value.isEmpty() || value == "N/A";
            if (!ok) {
                const double rate = value.toDouble(&ok);
                ok = ok && rate > 0;
            }
            if (!ok) {
                result.error = tr("line %1: \"%2\" is not a rate").arg(i + 1).arg(QString::fromUtf8(value));
                return result;
            }
        }
        if (previous.isValid()) {
            if (date >= previous) {
                result.error = tr("line %1: %2 does not come before %3 (the ECB lists days newest first)")
                                   .arg(i + 1)
                                   .arg(date.toString(Qt::ISODate), previous.toString(Qt::ISODate));
                return result;
            }
            result.largestGap = std::max(result.largestGap, date.daysTo(previous));
        } else {
            result.last = date;
        }
        previous = date;
        result.first = date;
    }
    if (!result.last.isValid()) {
        result.error = tr("the table holds no days");
    }
    return result;
}

// The newest and oldest day of a table from its first and last rows, without reading the rest (for status lines).
std::optional<Status> ends(const QByteArray &csv)
{
    if (!csv.startsWith("Date,")) {
        return std::nullopt;
    }
    const qsizetype firstRow = csv.indexOf('\n') + 1;
    const QByteArray trimmed = csv.trimmed();
    const qsizetype lastRow = trimmed.lastIndexOf('\n') + 1;
    if (firstRow <= 0 || lastRow < firstRow) {
        return std::nullopt;
    }
    Status status;
    status.lastDate = isoDate(QByteArrayView(csv).sliced(firstRow, std::min<qsizetype>(10, csv.size() - firstRow)));
    status.firstDate =
        isoDate(QByteArrayView(trimmed).sliced(lastRow, std::min<qsizetype>(10, trimmed.size() - lastRow)));
    if (!status.lastDate.isValid() || !status.firstDate.isValid()) {
        return std::nullopt;
    }
    return status;
}

} // namespace

QString userTablePath()
{
    return QDir(ResourceData::userDataDirectory()).filePath(TableName);
}

Status bundledStatus()
{
    return ends(bundledCsv()).value_or(Status{});
}

Status status()
{
    const QString path = ResourceData::userDataFile(u"data/"_s + TableName);
    if (!path.isEmpty()) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly)) {
            if (auto user = ends(file.readAll())) {
                user->path = path;
                return *user;
            }
        }
    }
    return bundledStatus();
}

QString ageLine(const QDate &today)
{
    const Status current = status();
    const QString first = current.firstDate.toString(Qt::ISODate);
    const QString last = current.lastDate.toString(Qt::ISODate);
    const qint64 days = current.lastDate.daysTo(today);
    return current.isUpdated()
               ? tr("Exchange rates: ECB, %1 to %2 (%3 days old), updated copy in %4. Before 1999 the ECB publishes "
                    "no rates, so older figures have no dollar value.")
                     .arg(first, last)
                     .arg(days)
                     .arg(QDir::toNativeSeparators(current.path))
               : tr("Exchange rates: ECB, %1 to %2 (%3 days old), bundled with the program; newer ones can be fetched "
                    "(newsline rates update, or File > Update Exchange Rates). Before 1999 the ECB publishes no rates, "
                    "so older figures have no dollar value.")
                     .arg(first, last)
                     .arg(days);
}

QByteArray csvOf(const QByteArray &bytes, QString *error)
{
    if (bytes.startsWith("PK\x03\x04")) {
        return unzipCsv(bytes, error);
    }
    if (bytes.isEmpty()) {
        *error = tr("the file is empty");
    }
    return bytes;
}

QString validate(const QByteArray &csv, QDate *lastDate)
{
    const Scan table = scan(csv);
    if (!table.error.isEmpty()) {
        return table.error;
    }
    const Scan bundled = scan(bundledCsv());
    if (table.first > bundled.first) {
        return tr("the table starts on %1, after the bundled table's first day %2 (is it cut short?)")
            .arg(table.first.toString(Qt::ISODate), bundled.first.toString(Qt::ISODate));
    }
    if (table.last < bundled.last) {
        return tr("the table ends on %1, before the bundled table (%2)")
            .arg(table.last.toString(Qt::ISODate), bundled.last.toString(Qt::ISODate));
    }
    if (table.largestGap > bundled.largestGap) {
        return tr("the table has a gap of %1 days between two rates, more than the bundled table's %2")
            .arg(table.largestGap)
            .arg(bundled.largestGap);
    }
    ExchangeRates rates;
    if (!rates.load(csv) || rates.lastDate() != table.last) {
        return tr("the table cannot be read as exchange rates");
    }
    if (lastDate) {
        *lastDate = table.last;
    }
    return {};
}

Result install(const QByteArray &bytes, const QString &source)
{
    Result result;
    QString error;
    const QByteArray csv = csvOf(bytes, &error);
    if (error.isEmpty()) {
        error = validate(csv, &result.lastDate);
    }
    if (!error.isEmpty()) {
        result.error = tr("%1: %2; the rates in use are kept").arg(source, error);
        return result;
    }
    const QString path = userTablePath();
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        result.error = tr("cannot create the folder %1").arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath()));
        return result;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit()) {
        result.error = tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return result;
    }
    result.path = path;
    // Extraction from now on, in this process too, converts at the new rates.
    ExchangeRates::reload();
    return result;
}

} // namespace Newsline::RatesUpdate
