#include "boilerplatedetector.h"

#include "resourcedata.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Newsline {

namespace {

QRegularExpression alternation(const QJsonArray &cues, const QString &prefix, const QString &suffix)
{
    QStringList parts;
    for (const QJsonValue &cue : cues) {
        parts.append(cue.toString());
    }
    return QRegularExpression(prefix + u"(?:"_s + parts.join(u'|') + u')' + suffix,
                              QRegularExpression::CaseInsensitiveOption |
                                  QRegularExpression::UseUnicodePropertiesOption);
}

// A headline list item is short; article prose lines are long or hold several sentences.
constexpr int MaxItemLength = 220;
constexpr int MaxHeadingLength = 60;
constexpr int MaxFurnitureLength = 160;
// Unlabelled lists of headlines count only from this many items on, so that a real bulleted list of
// sentence-case points in an article is never taken for site furniture.
constexpr int MinUnlabelledItems = 3;

} // namespace

BoilerplateDetector::BoilerplateDetector()
{
    const QJsonObject cues = ResourceData::json(u"knowledge/boilerplate.json"_s).object();
    // Patterns come from the cue file; each is a regular expression fragment.
    m_furniture = alternation(cues.value("furnitureLines"_L1).toArray(), u"^\\W{0,3}"_s, QString());
    m_blockHeading = alternation(cues.value("blockHeadings"_L1).toArray(), u"^\\W{0,3}"_s, u"\\W{0,3}$"_s);
}

const BoilerplateDetector &BoilerplateDetector::instance()
{
    static const BoilerplateDetector detector;
    return detector;
}

bool BoilerplateDetector::isFurnitureLine(QStringView line) const
{
    return line.size() <= MaxFurnitureLength && m_furniture.match(line).hasMatch();
}

bool BoilerplateDetector::isBlockHeading(QStringView line) const
{
    return line.size() <= MaxHeadingLength && m_blockHeading.match(line).hasMatch();
}

bool BoilerplateDetector::isBulleted(QStringView line)
{
    static const QRegularExpression bullet(u"^(?:[-\u2013\u2014\u2022*\u00B7\u25B6\u25BA>]|\\d{1,2}[.)])\\s"_s);
    return bullet.match(line).hasMatch();
}

bool BoilerplateDetector::isTitleCase(QStringView line)
{
    int words = 0;
    int capitalised = 0;
    for (QStringView word : line.split(u' ', Qt::SkipEmptyParts)) {
        while (!word.isEmpty() && !word.front().isLetterOrNumber()) {
            word = word.mid(1);
        }
        // Short function words ("to", "of", "in") stay lower case in headline style.
        if (word.size() < 4 || !word.front().isLetter()) {
            continue;
        }
        ++words;
        if (word.front().isUpper()) {
            ++capitalised;
        }
    }
    return words >= 2 && capitalised * 10 >= words * 7;
}

bool BoilerplateDetector::isListItem(QStringView line)
{
    if (line.size() > MaxItemLength) {
        return false;
    }
    QStringView body = line;
    if (isBulleted(line)) {
        body = line.mid(line.indexOf(u' ') + 1).trimmed();
    }
    return isTitleCase(body);
}

QList<TextSpan> BoilerplateDetector::detect(const QString &text, const QList<TextSpan> &paragraphs) const
{
    QList<TextSpan> spans;
    auto lineOf = [&](int index) {
        return QStringView(text).mid(paragraphs.at(index).start, paragraphs.at(index).length()).trimmed();
    };

    const int count = int(paragraphs.size());
    int i = 0;
    while (i < count) {
        const QStringView line = lineOf(i);
        if (isBlockHeading(line)) {
            // A labelled block ("Related articles", "Most read"): the heading and the list items under it.
            int last = i;
            while (last + 1 < count && isListItem(lineOf(last + 1))) {
                ++last;
            }
            spans.append({paragraphs.at(i).start, paragraphs.at(last).end});
            i = last + 1;
            continue;
        }
        if (isFurnitureLine(line)) {
            spans.append(paragraphs.at(i));
            ++i;
            continue;
        }
        if (isBulleted(line) && isListItem(line)) {
            // An unlabelled run of bulleted headlines.
            int last = i;
            while (last + 1 < count && isBulleted(lineOf(last + 1)) && isListItem(lineOf(last + 1))) {
                ++last;
            }
            if (last - i + 1 >= MinUnlabelledItems) {
                spans.append({paragraphs.at(i).start, paragraphs.at(last).end});
                i = last + 1;
                continue;
            }
        }
        ++i;
    }
    return spans;
}

} // namespace Newsline
