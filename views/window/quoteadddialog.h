#pragma once

#include "article.h"

#include <QDialog>
#include <QJsonObject>

class QComboBox;
class QLineEdit;

namespace Newsline {

/// What a quote the analyst adds from selected text starts as: the words without the quotation marks and spaces
/// around them, the person named nearest in the paragraph with their role, and whether the words are a whole
/// quotation or quoted words inside reported speech.
struct QuoteDraft
{
    TextSpan span;
    QString speaker;
    QString role;
    Quote::Kind kind = Quote::Kind::Direct;
};

/// The draft of a quote for the selected span of an article; an invalid span when the selection holds no words.
[[nodiscard]] QuoteDraft draftQuote(const Article &article, const TextSpan &selection);

/// Asks who said the selected words, with what role, and whether they are a whole quotation; prefilled from a draft.
class QuoteAddDialog : public QDialog
{
    Q_OBJECT

public:
    /// speakers are offered in the speaker field (the workspace's speakers and the article's people).
    QuoteAddDialog(const QuoteDraft &draft, const QString &words, const QStringList &speakers,
                   QWidget *parent = nullptr);

    /// The quote's fields as a correction's values: "speaker", "role" (when given), "kind".
    [[nodiscard]] QJsonObject values() const;

    [[nodiscard]] QComboBox *speakerBox() const { return m_speaker; }
    [[nodiscard]] QLineEdit *roleEdit() const { return m_role; }
    [[nodiscard]] QComboBox *kindBox() const { return m_kind; }

private:
    QComboBox *m_speaker;
    QLineEdit *m_role;
    QComboBox *m_kind;
};

} // namespace Newsline
