#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace Newsline {

/// An inline, dismissible message across the top of a window (problems with some inputs), never modal.
class MessageBar : public QFrame
{
    Q_OBJECT

public:
    explicit MessageBar(QWidget *parent = nullptr);

    /// Shows a headline and its detail lines (one per problem); replaces what was shown.
    void showMessage(const QString &headline, const QStringList &lines);
    /// The headline shown.
    [[nodiscard]] QString headline() const;
    /// The detail lines shown.
    [[nodiscard]] QStringList lines() const { return m_lines; }

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QLabel *m_label = nullptr;
    QToolButton *m_close = nullptr;
    QString m_headline;
    QStringList m_lines;
};

} // namespace Newsline
