#include "commands.h"

#include "timexevaluator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Newsline {

namespace {

QString percent(double value)
{
    return QString::number(value, 'f', 3);
}

void printScores(QTextStream &out, const TimexScores &scores)
{
    out << QCoreApplication::translate("eval-timex", "articles %1, gold timexes %2, system timexes %3")
               .arg(scores.articles)
               .arg(scores.gold)
               .arg(scores.system)
        << Qt::endl;
    out << QCoreApplication::translate("eval-timex", "relaxed span  P %1  R %2  F1 %3")
               .arg(percent(scores.relaxedPrecision()), percent(scores.relaxedRecall()), percent(scores.relaxedF1()))
        << Qt::endl;
    out << QCoreApplication::translate("eval-timex", "strict span   F1 %1").arg(percent(scores.strictF1())) << Qt::endl;
    out << QCoreApplication::translate("eval-timex", "type accuracy %1  value accuracy %2")
               .arg(percent(scores.typeAccuracy()), percent(scores.valueAccuracy()))
        << Qt::endl;
    out << QCoreApplication::translate("eval-timex", "value F1      %1").arg(percent(scores.valueF1())) << Qt::endl;
}

} // namespace

int evalTimexCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "eval-timex", "Scores the temporal tagger against gold timexes (<name>.txt beside <name>.gold.json): relaxed "
                      "and strict span F1, type and value accuracy, and value F1 = relaxed F1 x value accuracy "
                      "(the TempEval-3 ranking measure)."));
    parser.addHelpOption();
    const QCommandLineOption lines(
        u"annotated-lines"_s,
        QCoreApplication::translate("eval-timex", "Score only the first N lines of each text, the part the gold "
                                                  "annotates (MEANTIME: headline, date line and four sentences, "
                                                  "N = 6); 0 scores the whole text."),
        u"N"_s, u"6"_s);
    parser.addOption(lines);
    const QCommandLineOption errors(u"errors"_s,
                                    QCoreApplication::translate("eval-timex", "List every miss, spurious find and "
                                                                              "wrong type or value."));
    parser.addOption(errors);
    parser.addPositionalArgument(u"DIR"_s, QCoreApplication::translate("eval-timex", "Folder of articles and gold."));
    parser.process(arguments);

    QTextStream out(stdout);
    QTextStream err(stderr);
    if (parser.positionalArguments().size() != 1) {
        err << QCoreApplication::translate("eval-timex", "newsline eval-timex: give one folder (see --help)")
            << Qt::endl;
        return 2;
    }
    bool ok = false;
    const int annotated = parser.value(lines).toInt(&ok);
    if (!ok || annotated < 0) {
        err << QCoreApplication::translate("eval-timex", "newsline eval-timex: --annotated-lines needs a number")
            << Qt::endl;
        return 2;
    }
    TimexEvaluator evaluator;
    evaluator.setAnnotatedLines(annotated);
    QStringList problems;
    const TimexScores scores = evaluator.evaluate(parser.positionalArguments().constFirst(), &problems);
    for (const QString &problem : std::as_const(problems)) {
        err << problem << Qt::endl;
    }
    if (scores.articles == 0) {
        err << QCoreApplication::translate("eval-timex", "newsline eval-timex: no article with gold found") << Qt::endl;
        return 1;
    }
    if (parser.isSet(errors)) {
        for (const TimexComparison &error : scores.errors) {
            const QString kind = error.gold.start < 0     ? u"SPURIOUS"_s
                                 : error.system.start < 0 ? u"MISSED"_s
                                                          : u"WRONG"_s;
            const auto describe = [](const Timex &timex) {
                return timex.start < 0
                           ? u"-"_s
                           : u"\""_s + timex.text + u"\" "_s + Timex::typeName(timex.type) + u' ' + timex.value;
            };
            out << kind << u'\t' << error.file << u"\tgold: "_s << describe(error.gold) << u"\tsystem: "_s
                << describe(error.system) << u"\t| "_s << error.context << Qt::endl;
        }
    }
    printScores(out, scores);
    if (annotated > 0) {
        // For comparison: finds in the sentences the gold leaves unannotated then all count as spurious.
        TimexEvaluator whole;
        const TimexScores wholeScores = whole.evaluate(parser.positionalArguments().constFirst());
        out << QCoreApplication::translate("eval-timex",
                                           "whole text, unannotated lines included: relaxed P %1, value F1 %2")
                   .arg(percent(wholeScores.relaxedPrecision()), percent(wholeScores.valueF1()))
            << Qt::endl;
    }
    return problems.isEmpty() ? 0 : 1;
}

} // namespace Newsline
