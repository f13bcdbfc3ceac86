#include "ratesupdate.h"
#include "exchangerates.h"
#include "extractor.h"
#include "inputworkspace.h"
#include "ratesdownloader.h"
#include "resourcedata.h"
#include "storerecords.h"
#include "workspaceimporter.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <zlib.h>

using namespace Qt::StringLiterals;
using namespace Newsline;

namespace {

// A web server on a local port that answers each path with fixed bytes and notes what was asked.
class LocalServer : public QObject
{
public:
    LocalServer()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    const QByteArray request = socket->readAll();
                    const QByteArray path = request.split(' ').value(1);
                    requested.append(path);
                    if (!files.contains(path)) {
                        socket->write("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                    } else {
                        const QByteArray body = files.value(path);
                        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\nContent-Length: " +
                                      QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
                    }
                    socket->disconnectFromHost();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        m_server.listen(QHostAddress::LocalHost);
    }
    QUrl url(const QString &path) const
    {
        return QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_server.serverPort()).arg(path));
    }

    QHash<QByteArray, QByteArray> files;
    QList<QByteArray> requested;

private:
    QTcpServer m_server;
};

QByteArray bundled()
{
    QFile file(u":/newsline/data/ecb-eurofxref-hist.csv"_s);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The bundled table with the weekdays after it up to last, as a newer ECB file would be; days in skip left out.
QByteArray newerTable(const QDate &last, const QList<QDate> &skip = {})
{
    const QByteArray table = bundled();
    const qsizetype headerEnd = table.indexOf('\n') + 1;
    const qsizetype firstRowEnd = table.indexOf('\n', headerEnd) + 1;
    const QByteArray firstRow = table.mid(headerEnd, firstRowEnd - headerEnd);
    const QDate bundledLast = QDate::fromString(QString::fromLatin1(firstRow.left(10)), Qt::ISODate);
    QByteArray rows;
    for (QDate day = last; day > bundledLast; day = day.addDays(-1)) {
        if (day.dayOfWeek() <= 5 && !skip.contains(day)) {
            rows += day.toString(Qt::ISODate).toLatin1() + firstRow.mid(10);
        }
    }
    return table.left(headerEnd) + rows + table.mid(headerEnd);
}

quint32 crc(const QByteArray &bytes)
{
    return quint32(crc32(0, reinterpret_cast<const Bytef *>(bytes.constData()), uInt(bytes.size())));
}

void put32(QByteArray &out, quint32 v)
{
    for (int i = 0; i < 4; ++i) {
        out += char((v >> (8 * i)) & 0xFF);
    }
}

void put16(QByteArray &out, quint16 v)
{
    out += char(v & 0xFF);
    out += char(v >> 8);
}

// A zip archive of one deflated file, as the ECB publishes eurofxref-hist.zip.
QByteArray zipOf(const QString &name, const QByteArray &data)
{
    QByteArray deflated(int(compressBound(uLong(data.size()))), Qt::Uninitialized);
    z_stream stream{};
    deflateInit2(&stream, Z_BEST_SPEED, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(deflated.data());
    stream.avail_out = uInt(deflated.size());
    deflate(&stream, Z_FINISH);
    deflated.truncate(qsizetype(stream.total_out));
    deflateEnd(&stream);
    QByteArray out;
    put32(out, 0x04034b50);
    put16(out, 20);
    put16(out, 0);
    put16(out, 8);
    put32(out, 0);
    put32(out, crc(data));
    put32(out, quint32(deflated.size()));
    put32(out, quint32(data.size()));
    put16(out, quint16(name.toUtf8().size()));
    put16(out, 0);
    out += name.toUtf8() + deflated;
    return out;
}

} // namespace

class RatesUpdateTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void testDownloadInstallsNewerRates();
    void testRefused_data();
    void testRefused();
    void testOffline();
    void testUpdateAppliesAtOnce();
    void testWorkspaceFiguresGetDollars();
};

void RatesUpdateTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void RatesUpdateTest::init()
{
    QFile::remove(RatesUpdate::userTablePath());
    (void)ExchangeRates::reload();
}

void RatesUpdateTest::testDownloadInstallsNewerRates()
{
    QVERIFY(!RatesUpdate::status().isUpdated());
    const QDate bundledLast = RatesUpdate::status().lastDate;
    QCOMPARE(bundledLast, QDate(2025, 5, 9));
    // Before the update, a figure of late 2026 has no dollar value.
    ExchangeRates before;
    QVERIFY(before.load(ResourceData::bytes(u"data/ecb-eurofxref-hist.csv"_s)));
    QVERIFY(!before.toUsd(Decimal::fromString(u"2000000000"_s).value(), u"EUR"_s, QDate(2026, 11, 20)));

    LocalServer server;
    server.files.insert("/eurofxref-hist.zip", zipOf(u"eurofxref-hist.csv"_s, newerTable(QDate(2026, 11, 20))));
    QString error;
    const QByteArray bytes = RatesDownloader::fetch(server.url(u"/eurofxref-hist.zip"_s), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(server.requested, QList<QByteArray>{"/eurofxref-hist.zip"});
    const RatesUpdate::Result result = RatesUpdate::install(bytes, u"download"_s);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.lastDate, QDate(2026, 11, 20));
    QVERIFY(RatesUpdate::status().isUpdated());
    QCOMPARE(RatesUpdate::status().lastDate, QDate(2026, 11, 20));
    // The bundled table is untouched; extraction reads the new one.
    QCOMPARE(RatesUpdate::bundledStatus().lastDate, bundledLast);
    ExchangeRates after;
    QVERIFY(after.load(ResourceData::bytes(u"data/ecb-eurofxref-hist.csv"_s)));
    const auto usd = after.toUsd(Decimal::fromString(u"2000000000"_s).value(), u"EUR"_s, QDate(2026, 11, 20));
    QVERIFY(usd);
    QCOMPARE(usd->rateDate, QDate(2026, 11, 20));
}

void RatesUpdateTest::testRefused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason");
    const QByteArray good = newerTable(QDate(2026, 11, 20));
    const QByteArray zip = zipOf(u"eurofxref-hist.csv"_s, good);
    QTest::newRow("zip-truncated") << zip.left(zip.size() / 2) << u"truncated"_s;
    QTest::newRow("csv-cut-short") << good.left(good.size() / 2) << u"cut short"_s;
    QTest::newRow("not-a-table") << QByteArray("<html><body>Service unavailable</body></html>")
                                 << u"not an ECB exchange-rate table"_s;
    QByteArray badRate = good;
    badRate.replace(QByteArray("2026-11-20,1.1252"), QByteArray("2026-11-20,1,1252"));
    QTest::newRow("malformed-rate") << badRate << u"line 2"_s;
    QByteArray badDate = good;
    badDate.replace(QByteArray("2026-11-20"), QByteArray("2026-13-20"));
    QTest::newRow("malformed-date") << badDate << u"line 2: \"2026-13-20\" is not a date"_s;
    QList<QDate> threeWeeks;
    for (QDate day(2025, 9, 1); day < QDate(2025, 9, 22); day = day.addDays(1)) {
        threeWeeks.append(day);
    }
    QTest::newRow("gap-larger-than-bundled") << newerTable(QDate(2026, 11, 20), threeWeeks) << u"gap of 24 days"_s;
    QByteArray older = bundled();
    const qsizetype headerEnd = older.indexOf('\n') + 1;
    older.remove(headerEnd, older.indexOf('\n', headerEnd) + 1 - headerEnd);
    QTest::newRow("older-than-bundled") << older << u"before the bundled table"_s;
    QTest::newRow("zip-without-csv") << zipOf(u"readme.txt"_s, "hello") << u"no CSV"_s;
}

void RatesUpdateTest::testRefused()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);
    // A good table first: a refused one must leave it in place.
    QVERIFY(RatesUpdate::install(newerTable(QDate(2025, 6, 2)), u"first"_s).error.isEmpty());
    const RatesUpdate::Result result = RatesUpdate::install(bytes, u"eurofxref-hist.zip"_s);
    QVERIFY2(result.error.contains(reason), qPrintable(result.error));
    QVERIFY2(result.error.startsWith(u"eurofxref-hist.zip: "_s), qPrintable(result.error));
    QVERIFY(result.error.contains(u"kept"_s));
    QCOMPARE(RatesUpdate::status().lastDate, QDate(2025, 6, 2));
}

void RatesUpdateTest::testOffline()
{
    LocalServer server;
    QString error;
    (void)RatesDownloader::fetch(server.url(u"/missing.zip"_s), &error);
    QVERIFY2(error.contains(u"HTTP status 404"_s), qPrintable(error));
    // A port nobody listens on, as when offline.
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    (void)RatesDownloader::fetch(QUrl(u"http://127.0.0.1:%1/eurofxref-hist.zip"_s.arg(port)), &error);
    QVERIFY2(error.contains(u"cannot download"_s) && error.contains(u"offline"_s), qPrintable(error));
    QVERIFY(!RatesUpdate::status().isUpdated());
}

void RatesUpdateTest::testUpdateAppliesAtOnce()
{
    // The table in use is the bundled one until an update, then the new one in this very process: no restart.
    QCOMPARE(ExchangeRates::instance().lastDate(), QDate(2025, 5, 9));
    const ExchangeRates &before = ExchangeRates::instance();
    QVERIFY(RatesUpdate::install(newerTable(QDate(2026, 11, 20)), u"download"_s).error.isEmpty());
    QCOMPARE(ExchangeRates::instance().lastDate(), QDate(2026, 11, 20));
    QVERIFY(ExchangeRates::instance().toUsd(Decimal(2000000000), u"EUR"_s, QDate(2026, 11, 20)));
    // A table handed out before stays readable: an extraction that started with it finishes with it.
    QCOMPARE(before.lastDate(), QDate(2025, 5, 9));
    // A refused update keeps the rates in use.
    QVERIFY(!RatesUpdate::install(QByteArray("Date,USD,\nnot a date,1.1,\n"), u"bad.csv"_s).error.isEmpty());
    QCOMPARE(ExchangeRates::instance().lastDate(), QDate(2026, 11, 20));
}

void RatesUpdateTest::testWorkspaceFiguresGetDollars()
{
    QTemporaryDir dir;
    const auto write = [&dir](const QString &name, const QByteArray &text) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
    };
    // A story after the bundled rates end, and one from before the euro: only the first can ever get a rate.
    write(u"late.txt"_s,
          "---\npublished: 2026-11-20\n---\nHarrowgate Foods agreed to buy Pellin Dairy for 2 billion euros "
          "on Friday, the two companies said.\n");
    write(u"old.txt"_s, "---\npublished: 1987-03-02\n---\nKestrel Mining said on Monday it would buy Arden Copper for "
                        "300 million marks.\n");
    const QString path = dir.filePath(u"rates.newsline"_s);
    QString error;
    std::unique_ptr<Workspace> workspace = Workspace::create(path, &error);
    QVERIFY2(workspace, qPrintable(error));
    WorkspaceImporter importer(*workspace);
    const ImportResult imported = importer.importFiles({dir.filePath(u"late.txt"_s), dir.filePath(u"old.txt"_s)});
    QVERIFY2(imported.failure.isEmpty(), qPrintable(imported.failure));
    QCOMPARE(imported.added, 2);
    // Just imported: its dollar values are those of the rates in use, nothing to fill.
    QVERIFY(!importer.ratesOutdated());
    const auto figureOf = [&workspace](const QString &file) -> std::optional<MoneyFigure> {
        QList<int> ids;
        const QList<Article> articles = StoreRecords::loadArticles(
            workspace->database(), u"file LIKE ?"_s, QVariantList{QVariant(QString(u"%/"_s + file))}, &ids);
        if (articles.size() != 1 || articles.first().figures.isEmpty()) {
            return std::nullopt;
        }
        return articles.first().figures.first();
    };
    QVERIFY(figureOf(u"late.txt"_s));
    QVERIFY(!figureOf(u"late.txt"_s)->usd);
    QVERIFY(figureOf(u"old.txt"_s));
    QVERIFY(!figureOf(u"old.txt"_s)->usd);

    QVERIFY(RatesUpdate::install(newerTable(QDate(2026, 11, 20)), u"download"_s).error.isEmpty());
    // Read without writing (newsline brief or export of a workspace): the figure has its dollar value already.
    {
        const InputWorkspace input = InputWorkspace::open({path});
        const Corpus corpus = input.corpus();
        int withDollars = 0;
        for (const Article &article : corpus.articles) {
            for (const MoneyFigure &figure : article.figures) {
                withDollars += figure.usd ? 1 : 0;
            }
        }
        QCOMPARE(withDollars, 1);
    }
    QVERIFY(!figureOf(u"late.txt"_s)->usd);
    // The workspace itself, without extracting again: one figure filled, at the rate of the story's day.
    QVERIFY(importer.ratesOutdated());
    QCOMPARE(importer.fillMissingUsd(), 1);
    const std::optional<MoneyFigure> late = figureOf(u"late.txt"_s);
    QVERIFY(late && late->usd);
    QCOMPARE(late->usdRateDate, QDate(2026, 11, 20));
    QVERIFY(*late->usd > Decimal(2000000000));
    QVERIFY(!figureOf(u"old.txt"_s)->usd);
    // Noted: nothing more to do until the rates change again.
    QVERIFY(!importer.ratesOutdated());
    QCOMPARE(importer.fillMissingUsd(), 0);
    // The events read from the workspace give the deal its dollar value too.
    const WorkspaceSnapshot snapshot = workspace->snapshot();
    bool found = false;
    for (const Event &event : snapshot.corpus.events) {
        for (const FigureRef &ref : event.figures) {
            const MoneyFigure *figure = snapshot.corpus.figure(ref);
            found = found || (figure && figure->usd && figure->currency == u"EUR"_s);
        }
    }
    QVERIFY(found);
}

QTEST_GUILESS_MAIN(RatesUpdateTest)
#include "ratesupdatetest.moc"
