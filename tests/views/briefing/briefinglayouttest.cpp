#include "briefinglayout.h"

#include <QBuffer>
#include <QPainter>
#include <QPdfWriter>
#include <QTest>
#include <QTextLayout>

using namespace Qt::StringLiterals;
using namespace Newsline;

// How blocks flow onto pages: what a reader sees as split rows, orphaned headings or lost table headers.
class BriefingLayoutTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testFlow_data();
    void testFlow();
    void testLongTextStaysInItsBox_data();
    void testLongTextStaysInItsBox();
};

namespace {

// One block to add: its name, height and flags.
struct Spec
{
    QString name;
    qreal height;
    bool keepWithNext = false;
    bool pageBreakBefore = false;
    bool header = false;
    bool row = false;
    bool spacer = false;
};

} // namespace

void BriefingLayoutTest::testFlow_data()
{
    QTest::addColumn<QList<Spec>>("specs");
    // Each painted block as "name@page:top", in painting order.
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("fills-then-breaks") << QList<Spec>{{u"a"_s, 40}, {u"b"_s, 40}, {u"c"_s, 40}}
                                       << QStringList{u"a@1:0"_s, u"b@1:40"_s, u"c@2:0"_s};
    QTest::newRow("heading-moves-with-its-text") << QList<Spec>{{u"a"_s, 80}, {u"h"_s, 10, true}, {u"t"_s, 30}}
                                                 << QStringList{u"a@1:0"_s, u"h@2:0"_s, u"t@2:10"_s};
    QTest::newRow("heading-moves-across-a-spacer")
        << QList<Spec>{{u"a"_s, 70}, {u"h"_s, 10, true}, {u"s"_s, 5, false, false, false, false, true}, {u"t"_s, 30}}
        << QStringList{u"a@1:0"_s, u"h@2:0"_s, u"t@2:15"_s};
    QTest::newRow("spacer-dropped-at-page-top")
        << QList<Spec>{{u"a"_s, 100}, {u"s"_s, 20, false, false, false, false, true}, {u"b"_s, 30}}
        << QStringList{u"a@1:0"_s, u"b@2:0"_s};
    QTest::newRow("page-break-before") << QList<Spec>{{u"a"_s, 10}, {u"b"_s, 10, false, true}}
                                       << QStringList{u"a@1:0"_s, u"b@2:0"_s};
    QTest::newRow("table-header-repeats")
        << QList<Spec>{{u"H"_s, 10, true, false, true},
                       {u"r1"_s, 30, false, false, false, true},
                       {u"r2"_s, 30, false, false, false, true},
                       {u"r3"_s, 30, false, false, false, true},
                       {u"r4"_s, 30, false, false, false, true}}
        << QStringList{u"H@1:0"_s, u"r1@1:10"_s, u"r2@1:40"_s, u"r3@1:70"_s, u"H@2:0"_s, u"r4@2:10"_s};
    QTest::newRow("taller-than-a-page-starts-a-page")
        << QList<Spec>{{u"a"_s, 10}, {u"big"_s, 150}} << QStringList{u"a@1:0"_s, u"big@2:0"_s};
}

void BriefingLayoutTest::testFlow()
{
    QFETCH(QList<Spec>, specs);
    QFETCH(QStringList, expected);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    QPainter painter(&writer);
    BriefingLayout layout(&writer, QSizeF(500, 100));
    QStringList painted;
    int page = 0;
    int header = -1;
    for (const Spec &spec : std::as_const(specs)) {
        if (spec.spacer) {
            layout.addSpace(spec.height);
            continue;
        }
        BriefingLayout::Block block;
        block.height = spec.height;
        block.keepWithNext = spec.keepWithNext;
        block.pageBreakBefore = spec.pageBreakBefore;
        block.repeatHeader = spec.row ? header : -1;
        const QString name = spec.name;
        block.paint = [&painted, &page, name](QPainter &, const QRectF &rect) {
            painted.append(u"%1@%2:%3"_s.arg(name).arg(page).arg(rect.top() - 7));
        };
        const int index = layout.add(std::move(block));
        if (spec.header) {
            header = index;
        }
    }
    const int pages = layout.paginate();
    QVERIFY(
        layout.paint(painter, writer, QPointF(3, 7), [&page](QPainter &, int index, int) { page = index + 1; }, {}));
    QCOMPARE(painted, expected);
    QCOMPARE(pages, page);
}

QTEST_MAIN(BriefingLayoutTest)
void BriefingLayoutTest::testLongTextStaysInItsBox_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qreal>("width");
    QTest::newRow("title-5000") << u"Dunmore harbour cranes "_s.repeated(220) << qreal(1.0);
    QTest::newRow("company-2000-one-word") << u"Harwick"_s.repeated(290) << qreal(0.25);
    QTest::newRow("short") << u"Dunmore Shipping"_s << qreal(0.25);
}

void BriefingLayoutTest::testLongTextStaysInItsBox()
{
    QFETCH(QString, text);
    QFETCH(qreal, width);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(600);
    const QSizeF body(writer.width() * 0.8, writer.height() * 0.8);
    const BriefingLayout layout(&writer, body);
    QFont font(u"DejaVu Sans"_s);
    font.setPointSizeF(20);
    const BriefingLayout::TextBox box = layout.text(text, font, body.width() * width);
    // At most a third of the page, every line within the width; a cut text says so with an ellipsis.
    QVERIFY2(box.height <= body.height() / 3 + 0.5, qPrintable(u"%1 > %2"_s.arg(box.height).arg(body.height() / 3)));
    QVERIFY(box.height > 0);
    const QTextLayout &lines = *box.layout;
    qreal bottom = 0;
    for (int i = 0; i < lines.lineCount(); ++i) {
        const QTextLine line = lines.lineAt(i);
        QVERIFY(line.naturalTextWidth() <= body.width() * width + 1);
        bottom = std::max(bottom, line.y() + line.height());
    }
    QVERIFY(bottom <= box.height + 0.5);
    const bool cut = text.size() > 1000;
    QCOMPARE(lines.text().endsWith(QChar(0x2026)), cut);
    QCOMPARE(lines.text().size() < text.size(), cut);
}

#include "briefinglayouttest.moc"
