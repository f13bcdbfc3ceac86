#include "articlereader.h"
#include "corpusloader.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace Newsline;

class ArticleReaderTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testFrontMatter_data();
    void testFrontMatter();
    void testUnknownKeysKept();
    void testNoFrontMatter_data();
    void testNoFrontMatter();
    void testLineEndsAndBom_data();
    void testLineEndsAndBom();
    void testBadInput_data();
    void testBadInput();
    void testBadFiles();
    void testFolderKeepsGoodFiles();
    void testSpecialFilesRefusedAtOnce_data();
    void testSpecialFilesRefusedAtOnce();
    void testSpecialFilesInFolderNamed();
    void testSizeMessageInBytes();
    void testSampleCorpus();
};

void ArticleReaderTest::testFrontMatter_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QDate>("published");
    QTest::addColumn<QString>("originalLanguage");
    QTest::addColumn<QString>("text");

    QTest::newRow("all-keys") << QByteArray("---\ntitle: Acme buys Widgets\nsource: The Daily\npublished: 2021-03-04\n"
                                            "language: en\noriginal_language: de\n---\nAcme bought Widgets.\n")
                              << u"Acme buys Widgets"_s << u"The Daily"_s << QDate(2021, 3, 4) << u"de"_s
                              << u"Acme bought Widgets.\n"_s;
    QTest::newRow("quoted-values") << QByteArray("---\ntitle: \"Deal: done\"\npublished: '2020-01-31'\n---\nBody.")
                                   << u"Deal: done"_s << QString() << QDate(2020, 1, 31) << QString() << u"Body."_s;
    QTest::newRow("iso-timestamp") << QByteArray("---\npublished: 2019-07-22T09:30:00Z\n---\nBody text.\n") << QString()
                                   << QString() << QDate(2019, 7, 22) << QString() << u"Body text.\n"_s;
    QTest::newRow("title-from-headline") << QByteArray("---\nsource: Wire\n---\nAcme Buys Widgets\nAcme bought it.\n")
                                         << u"Acme Buys Widgets"_s << u"Wire"_s << QDate() << QString()
                                         << u"Acme Buys Widgets\nAcme bought it.\n"_s;
}

void ArticleReaderTest::testFrontMatter()
{
    QFETCH(QByteArray, bytes);
    const auto result = ArticleReader().parse(bytes, u"a.txt"_s);
    QVERIFY2(result.article, qPrintable(result.error ? result.error->message() : QString()));
    QTEST(result.article->title, "title");
    QTEST(result.article->source, "source");
    QTEST(result.article->published, "published");
    QTEST(result.article->originalLanguage, "originalLanguage");
    QTEST(result.article->text, "text");
}

void ArticleReaderTest::testUnknownKeysKept()
{
    const auto result = ArticleReader().parse("---\ndesk: Tech\nauthor: A. Writer\n---\nBody.\n", u"a.txt"_s);
    QVERIFY(result.article);
    QCOMPARE(result.article->extraMetadata.size(), 2);
    QCOMPARE(result.article->extraMetadata.at(0).first, u"desk"_s);
    QCOMPARE(result.article->extraMetadata.at(1).second, u"A. Writer"_s);
}

void ArticleReaderTest::testNoFrontMatter_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QDate>("defaultPublished");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QDate>("published");

    QTest::newRow("headline-first") << QByteArray("Acme Buys Widgets for $5 Million\nAcme said on Monday it bought "
                                                  "Widgets.\n")
                                    << QDate() << u"Acme Buys Widgets for $5 Million"_s << QDate();
    QTest::newRow("prose-first") << QByteArray("Acme said on Monday it bought Widgets.\nThe deal closes soon.\n")
                                 << QDate(2022, 5, 1) << QString() << QDate(2022, 5, 1);
    QTest::newRow("single-line") << QByteArray("Just one line without an ending") << QDate() << QString() << QDate();
}

void ArticleReaderTest::testNoFrontMatter()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QDate, defaultPublished);
    ArticleReader reader;
    reader.setDefaultPublished(defaultPublished);
    const auto result = reader.parse(bytes, u"plain.txt"_s);
    QVERIFY(result.article);
    QTEST(result.article->title, "title");
    QTEST(result.article->published, "published");
    QCOMPARE(result.article->text, QString::fromUtf8(bytes));
}

void ArticleReaderTest::testLineEndsAndBom_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("lf") << QByteArray("---\nsource: S\n---\nOne.\nTwo.\n");
    QTest::newRow("crlf") << QByteArray("---\r\nsource: S\r\n---\r\nOne.\r\nTwo.\r\n");
    QTest::newRow("cr") << QByteArray("---\rsource: S\r---\rOne.\rTwo.\r");
    QTest::newRow("bom") << QByteArray("\xEF\xBB\xBF---\nsource: S\n---\nOne.\nTwo.\n");
}

void ArticleReaderTest::testLineEndsAndBom()
{
    QFETCH(QByteArray, bytes);
    const auto result = ArticleReader().parse(bytes, u"a.txt"_s);
    QVERIFY(result.article);
    QCOMPARE(result.article->source, u"S"_s);
    QCOMPARE(result.article->text, u"One.\nTwo.\n"_s);
    QCOMPARE(result.article->sentences.size(), 2);
    QCOMPARE(result.article->textOf(result.article->sentences.at(1)), u"Two.");
}

void ArticleReaderTest::testBadInput_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason");

    QTest::newRow("empty") << QByteArray() << u"empty file"_s;
    QTest::newRow("blank") << QByteArray(" \n\n") << u"only white space"_s;
    QTest::newRow("nul") << QByteArray("abc\0def", 7) << u"NUL byte at byte offset 3"_s;
    QTest::newRow("bad-utf8") << QByteArray("Caf\xC3\x28 au lait") << u"byte offset 3"_s;
    QTest::newRow("latin1") << QByteArray("Le caf\xE9 est servi.") << u"invalid byte 0xe9 at byte offset 6"_s;
    QTest::newRow("overlong") << QByteArray("ab\xC0\xAF") << u"byte offset 2"_s;
    QTest::newRow("truncated") << QByteArray("ab\xE2\x82") << u"byte offset 2"_s;
    QTest::newRow("bad-date") << QByteArray("---\ntitle: T\npublished: 22/07/2019\n---\nBody.\n")
                              << u"line 3: malformed date \"22/07/2019\""_s;
    QTest::newRow("impossible-date") << QByteArray("---\npublished: 2019-02-30\n---\nBody.\n") << u"line 2"_s;
    QTest::newRow("unclosed") << QByteArray("---\ntitle: T\nBody.\n") << u"never closed"_s;
    QTest::newRow("not-key-value") << QByteArray("---\njust words\n---\nBody.\n") << u"line 2"_s;
    QTest::newRow("no-body") << QByteArray("---\ntitle: T\n---\n\n") << u"no text"_s;
}

void ArticleReaderTest::testBadInput()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);
    const auto result = ArticleReader().parse(bytes, u"bad.txt"_s);
    QVERIFY(!result.article);
    QVERIFY(result.error);
    QVERIFY2(result.error->message().startsWith(u"bad.txt: "_s), qPrintable(result.error->message()));
    QVERIFY2(result.error->reason.contains(reason), qPrintable(result.error->reason));
}

void ArticleReaderTest::testBadFiles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString big = dir.filePath(u"big.txt"_s);
    {
        QFile f(big);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(ArticleReader::MaxFileSize + 1));
    }
    auto result = ArticleReader().read(big);
    QVERIFY(!result.article);
    QVERIFY2(result.error->reason.contains(u"limit"_s), qPrintable(result.error->reason));
    QCOMPARE(result.error->file, big);

    result = ArticleReader().read(dir.filePath(u"missing.txt"_s));
    QVERIFY(!result.article);
    QVERIFY(result.error->reason.contains(u"no such file"_s));

    QList<ReadError> errors;
    QDir(dir.path()).mkdir(u"empty"_s);
    const QStringList files = ArticleReader::collectFiles({dir.filePath(u"empty"_s)}, &errors);
    QVERIFY(files.isEmpty());
    QCOMPARE(errors.size(), 1);
    QVERIFY(errors.at(0).reason.contains(u"no article files"_s));
}

void ArticleReaderTest::testFolderKeepsGoodFiles()
{
    QTemporaryDir dir;
    auto write = [&](const QString &name, const QByteArray &bytes) {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    };
    write(u"a.txt"_s, "---\npublished: 2020-01-02\n---\nFirst article.\n");
    write(u"b.txt"_s, QByteArray("\x00\x01\x02", 3));
    QDir(dir.path()).mkdir(u"sub"_s);
    write(u"sub/c.txt"_s, "Second article, in a sub-folder.\n");
    write(u"notes.md"_s, "not an article");

    QList<ReadError> errors;
    const Corpus corpus = CorpusLoader().load({dir.path(), dir.filePath(u"nope.txt"_s)}, &errors);
    QCOMPARE(corpus.articles.size(), 2);
    QCOMPARE(errors.size(), 2);
    QVERIFY(errors.at(0).file.endsWith(u"b.txt"_s) || errors.at(1).file.endsWith(u"b.txt"_s));
}

void ArticleReaderTest::testSampleCorpus()
{
    QList<ReadError> errors;
    const Corpus corpus = CorpusLoader().load({CorpusLoader::sampleCorpusPath()}, &errors);
    QVERIFY(errors.isEmpty());
    QCOMPARE(corpus.articles.size(), 2);
    for (const Article &article : corpus.articles) {
        QVERIFY(article.published.isValid());
        QVERIFY(!article.sentences.isEmpty());
        QVERIFY(!article.text.startsWith(u"---"_s));
    }
}

QTEST_GUILESS_MAIN(ArticleReaderTest)

void ArticleReaderTest::testSpecialFilesRefusedAtOnce_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("reason");
    QTest::newRow("fifo") << u"fifo"_s << u"not a regular file"_s;
    QTest::newRow("fifo-behind-link") << u"link-to-fifo"_s << u"not a regular file"_s;
    QTest::newRow("device") << u"device"_s << u"not a regular file"_s;
    QTest::newRow("symlink-loop") << u"loop"_s << u"leads nowhere"_s;
}

void ArticleReaderTest::testSpecialFilesRefusedAtOnce()
{
    QFETCH(QString, kind);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    QString path = dir.filePath(u"article.txt"_s);
    if (kind == u"fifo"_s || kind == u"link-to-fifo"_s) {
        // Reading a pipe nobody writes to waits forever: the reader must refuse it before opening it for reading.
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        if (kind == u"link-to-fifo"_s) {
            QVERIFY(QFile::link(path, dir.filePath(u"link.txt"_s)));
            path = dir.filePath(u"link.txt"_s);
        }
    } else if (kind == u"device"_s) {
        path = u"/dev/zero"_s;
    } else {
        QVERIFY(QFile::link(dir.filePath(u"b.txt"_s), dir.filePath(u"a.txt"_s)));
        QVERIFY(QFile::link(dir.filePath(u"a.txt"_s), dir.filePath(u"b.txt"_s)));
        path = dir.filePath(u"a.txt"_s);
    }
    QElapsedTimer timer;
    timer.start();
    const auto result = ArticleReader().read(path);
    QVERIFY(timer.elapsed() < 5000);
    QVERIFY(!result.article);
    QCOMPARE(result.error->file, path);
    QVERIFY2(result.error->reason.contains(reason), qPrintable(result.error->reason));
}

void ArticleReaderTest::testSpecialFilesInFolderNamed()
{
    QTemporaryDir dir;
    {
        QFile good(dir.filePath(u"good.txt"_s));
        QVERIFY(good.open(QIODevice::WriteOnly));
        good.write("Dunmore Shipping bought Harwick Cranes.\n");
    }
    const QString fifo = dir.filePath(u"pipe.txt"_s);
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    QVERIFY(QFile::link(dir.filePath(u"loop2.txt"_s), dir.filePath(u"loop1.txt"_s)));
    QVERIFY(QFile::link(dir.filePath(u"loop1.txt"_s), dir.filePath(u"loop2.txt"_s)));
    QList<ReadError> errors;
    const QStringList files = ArticleReader::collectFiles({dir.path()}, &errors);
    QCOMPARE(files, QStringList{dir.filePath(u"good.txt"_s)});
    QStringList named;
    for (const ReadError &error : std::as_const(errors)) {
        named.append(QFileInfo(error.file).fileName() + u": "_s + error.reason);
    }
    named.sort();
    QCOMPARE(named.size(), 3);
    QVERIFY2(named.at(0).startsWith(u"loop1.txt: symbolic link that leads nowhere"_s), qPrintable(named.join(u'|')));
    QVERIFY2(named.at(1).startsWith(u"loop2.txt: symbolic link that leads nowhere"_s), qPrintable(named.join(u'|')));
    QVERIFY2(named.at(2).startsWith(u"pipe.txt: is not a regular file"_s), qPrintable(named.join(u'|')));
    if (::geteuid() != 0) {
        // An unreadable file is named too (root reads every file, so this part needs an ordinary user).
        const QString locked = dir.filePath(u"locked.txt"_s);
        QFile file(locked);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Locked.\n");
        file.close();
        QVERIFY(file.setPermissions(QFileDevice::WriteOwner));
        errors.clear();
        QCOMPARE(ArticleReader::collectFiles({dir.path()}, &errors).size(), 1);
        QCOMPARE(errors.size(), 4);
    }
}

void ArticleReaderTest::testSizeMessageInBytes()
{
    // "16.0 MiB, larger than the 16 MiB limit" reads as a contradiction; the sizes are given exactly.
    QTemporaryDir dir;
    const QString big = dir.filePath(u"big.txt"_s);
    QFile f(big);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QVERIFY(f.resize(ArticleReader::MaxFileSize + 1));
    f.close();
    const auto result = ArticleReader().read(big);
    QVERIFY(!result.article);
    const QString bytes = QLocale().toString(ArticleReader::MaxFileSize + 1);
    QVERIFY2(result.error->reason.contains(bytes), qPrintable(result.error->reason));
    QVERIFY2(!result.error->reason.contains(u"16.0"_s), qPrintable(result.error->reason));
}

#include "articlereadertest.moc"
