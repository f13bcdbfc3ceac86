#pragma once

#include "eventfiltermodel.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTimer;

namespace Newsline {

/// The window's one filter: words, event type, company, period and main events only, with the number of events
/// that match. Every panel shows the events it keeps.
class EventFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit EventFilterBar(QWidget *parent = nullptr);

    /// Pause after a keystroke before the filter applies, so that typing a word filters once.
    static constexpr int DebounceMs = 200;

    [[nodiscard]] EventFilter filter() const;
    /// Sets every field (as if chosen) and applies it at once.
    void setFilter(const EventFilter &filter);
    /// Companies offered in the company field, in that order.
    void setCompanies(const QStringList &companies);
    /// Shows "shown of total events".
    void setCounts(int shown, int total);
    /// Puts the keyboard focus in the text field, its text selected.
    void focusText();
    /// Clears every field.
    void clear();

    [[nodiscard]] QLineEdit *textField() const { return m_text; }
    [[nodiscard]] QComboBox *typeBox() const { return m_type; }
    [[nodiscard]] QComboBox *companyBox() const { return m_company; }
    [[nodiscard]] QLineEdit *periodField() const { return m_period; }
    [[nodiscard]] QCheckBox *mainOnlyBox() const { return m_mainOnly; }
    [[nodiscard]] QLabel *countLabel() const { return m_count; }

Q_SIGNALS:
    /// The filter changed (after the debounce when typed).
    void filterChanged(const Newsline::EventFilter &filter);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void emitChanged();

    QLineEdit *m_text = nullptr;
    QComboBox *m_type = nullptr;
    QComboBox *m_company = nullptr;
    QLineEdit *m_period = nullptr;
    QCheckBox *m_mainOnly = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_textLabel = nullptr;
    QLabel *m_periodLabel = nullptr;
    QTimer *m_debounce = nullptr;
    int m_shown = 0;
    int m_total = 0;
    bool m_periodValid = true;
};

} // namespace Newsline
