#include "eventfilterbar.h"

#include "event.h"
#include "eventlistmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Newsline {

EventFilterBar::EventFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_text(new QLineEdit(this))
    , m_type(new QComboBox(this))
    , m_company(new QComboBox(this))
    , m_period(new QLineEdit(this))
    , m_mainOnly(new QCheckBox(this))
    , m_count(new QLabel(this))
    , m_textLabel(new QLabel(this))
    , m_periodLabel(new QLabel(this))
    , m_debounce(new QTimer(this))
{
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(DebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &EventFilterBar::emitChanged);
    m_text->setClearButtonEnabled(true);
    m_period->setClearButtonEnabled(true);
    m_textLabel->setBuddy(m_text);
    m_periodLabel->setBuddy(m_period);
    m_company->setEditable(true);
    m_company->setInsertPolicy(QComboBox::NoInsert);
    m_company->completer()->setFilterMode(Qt::MatchContains);
    m_company->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_company->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_company->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_company->setMinimumContentsLength(14);
    m_period->setMaximumWidth(190);
    m_count->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 3, 6, 3);
    layout->addWidget(m_textLabel);
    layout->addWidget(m_text, 3);
    layout->addWidget(m_type);
    layout->addWidget(m_company, 2);
    layout->addWidget(m_periodLabel);
    layout->addWidget(m_period, 1);
    layout->addWidget(m_mainOnly);
    layout->addWidget(m_count);

    connect(m_text, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_period, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_type, &QComboBox::currentIndexChanged, this, &EventFilterBar::emitChanged);
    connect(m_company, &QComboBox::currentTextChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_mainOnly, &QCheckBox::toggled, this, &EventFilterBar::emitChanged);
    retranslate();
}

void EventFilterBar::retranslate()
{
    setAccessibleName(tr("Event filter"));
    m_textLabel->setText(tr("&Filter:"));
    m_text->setPlaceholderText(tr("words, 1987-03, > 1B"));
    m_text->setToolTip(tr("Every word must match: a date (1987, 1987-03), an amount in US dollars (> 1B, <= 500M, "
                          "2.17B), a company, a type or the article's wording"));
    m_text->setAccessibleName(tr("Filter text"));
    const int type = m_type->currentIndex();
    {
        const QSignalBlocker blocker(m_type);
        m_type->clear();
        m_type->addItem(tr("All types"), -1);
        for (int t = 0; t <= int(Event::Type::Other); ++t) {
            m_type->addItem(EventListModel::typeDisplayName(Event::Type(t)), t);
        }
        m_type->setCurrentIndex(std::max(0, type));
    }
    m_type->setAccessibleName(tr("Event type"));
    m_company->lineEdit()->setPlaceholderText(tr("All companies"));
    m_company->setAccessibleName(tr("Company"));
    m_periodLabel->setText(tr("&Period:"));
    m_period->setPlaceholderText(tr("1987 or 1987-01..1987-06"));
    m_period->setAccessibleName(tr("Period"));
    m_mainOnly->setText(tr("&Main events only"));
    m_mainOnly->setToolTip(tr("Leave out events the articles only recall in passing"));
    setCounts(m_shown, m_total);
}

EventFilter EventFilterBar::filter() const
{
    EventFilter filter;
    filter.text = m_text->text();
    filter.type = m_type->currentData().toInt();
    filter.company = m_company->currentText().trimmed();
    if (!m_period->text().trimmed().isEmpty()) {
        EventFilter::parsePeriod(m_period->text(), &filter.from, &filter.to);
    }
    filter.mainOnly = m_mainOnly->isChecked();
    return filter;
}

void EventFilterBar::setFilter(const EventFilter &filter)
{
    const QSignalBlocker a(m_text);
    const QSignalBlocker b(m_type);
    const QSignalBlocker c(m_company);
    const QSignalBlocker d(m_period);
    const QSignalBlocker e(m_mainOnly);
    m_text->setText(filter.text);
    m_type->setCurrentIndex(std::max(0, m_type->findData(filter.type)));
    m_company->setCurrentText(filter.company);
    if (filter.from.isValid() || filter.to.isValid()) {
        m_period->setText(u"%1..%2"_s.arg(filter.from.toString(Qt::ISODate), filter.to.toString(Qt::ISODate)));
    } else {
        m_period->clear();
    }
    m_mainOnly->setChecked(filter.mainOnly);
    emitChanged();
}

void EventFilterBar::clear()
{
    setFilter({});
}

void EventFilterBar::setCompanies(const QStringList &companies)
{
    const QString current = m_company->currentText();
    const QSignalBlocker blocker(m_company);
    m_company->clear();
    m_company->addItem(QString());
    m_company->addItems(companies);
    m_company->setCurrentText(current);
}

void EventFilterBar::setCounts(int shown, int total)
{
    m_shown = shown;
    m_total = total;
    QString text =
        shown == total ? tr("%n event(s)", nullptr, total) : tr("%1 of %n event(s)", nullptr, total).arg(shown);
    if (!m_periodValid) {
        text += u" \u2014 "_s + tr("period not understood");
    }
    m_count->setText(text);
}

void EventFilterBar::focusText()
{
    m_text->setFocus(Qt::ShortcutFocusReason);
    m_text->selectAll();
}

void EventFilterBar::emitChanged()
{
    m_debounce->stop();
    QDate from;
    QDate to;
    m_periodValid = m_period->text().trimmed().isEmpty() || EventFilter::parsePeriod(m_period->text(), &from, &to);
    // A period being typed ("198") is not yet a period: shown in the field, not applied as "no period".
    m_period->setStyleSheet(m_periodValid ? QString() : u"color: #b3261e"_s);
    setCounts(m_shown, m_total);
    Q_EMIT filterChanged(filter());
}

void EventFilterBar::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
}

} // namespace Newsline
