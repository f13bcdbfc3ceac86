#pragma once

#include "textspan.h"

#include <QList>
#include <QRegularExpression>
#include <QString>

namespace Newsline {

/// Finds site furniture inside an article body: headline blocks, copyright, share and subscribe lines.
class BoilerplateDetector
{
public:
    /// A detector with the bundled cue lists (resources/knowledge/boilerplate.json).
    BoilerplateDetector();

    /// Boilerplate spans among the given paragraphs (one span per line or block, sorted).
    [[nodiscard]] QList<TextSpan> detect(const QString &text, const QList<TextSpan> &paragraphs) const;

    /// The shared instance (cue lists are loaded once).
    [[nodiscard]] static const BoilerplateDetector &instance();

private:
    [[nodiscard]] bool isFurnitureLine(QStringView line) const;
    [[nodiscard]] bool isBlockHeading(QStringView line) const;
    [[nodiscard]] static bool isListItem(QStringView line);
    [[nodiscard]] static bool isBulleted(QStringView line);
    [[nodiscard]] static bool isTitleCase(QStringView line);

    QRegularExpression m_furniture;
    QRegularExpression m_blockHeading;
};

} // namespace Newsline
