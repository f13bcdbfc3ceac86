#pragma once

#include <QString>

class QAbstractItemView;

namespace Newsline::PlainText {

/// Text from an article or a workspace as a tooltip that shows exactly as written, never read as rich text.
[[nodiscard]] QString toolTip(const QString &text);
/// Makes the view show its items' tooltips (plain text from the models) exactly as written.
void showItemToolTipsAsWritten(QAbstractItemView *view);

} // namespace Newsline::PlainText
