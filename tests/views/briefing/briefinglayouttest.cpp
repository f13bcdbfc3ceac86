#include "briefinglayout.h"

#include <QBuffer>
#include <QPainter>
#include <QPdfWriter>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Newsline;

// How blocks flow onto pages: what a reader sees as split rows, orphaned headings or lost table headers.
class BriefingLayoutTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testFlow_data();
    void testFlow();
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
#include "briefinglayouttest.moc"
