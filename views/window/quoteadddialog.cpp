#include "quoteadddialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace Newsline {

namespace {

bool isQuotationMark(QChar c)
{
    return u"\"\u201c\u201d\u201e\u00ab\u00bb\u2018\u2019\u201a"_s.contains(c);
}

// How far a mention lies from a span: 0 when they touch or overlap.
int distance(const TextSpan &a, const TextSpan &b)
{
    if (a.end <= b.start) {
        return b.start - a.end;
    }
    if (b.end <= a.start) {
        return a.start - b.end;
    }
    return 0;
}

// The paragraph holding a position; the whole text when the article has no paragraphs there.
TextSpan paragraphAt(const Article &article, int position)
{
    for (const TextSpan &paragraph : article.paragraphs) {
        if (paragraph.contains(position)) {
            return paragraph;
        }
    }
    return {0, int(article.text.size())};
}

} // namespace

QuoteDraft draftQuote(const Article &article, const TextSpan &selection)
{
    QuoteDraft draft;
    const QString &text = article.text;
    if (!selection.isValid() || selection.end > text.size()) {
        return draft;
    }
    int start = selection.start;
    int end = selection.end;
    // The quote is its words: the marks and spaces the selection took with them stay outside, as the finders keep
    // them; a comma closing the quotation belongs to the sentence around it.
    const auto trimmable = [&](QChar c) { return c.isSpace() || isQuotationMark(c); };
    while (start < end && trimmable(text.at(start))) {
        ++start;
    }
    while (end > start && (trimmable(text.at(end - 1)) || text.at(end - 1) == u',')) {
        --end;
    }
    if (start >= end) {
        return draft;
    }
    draft.span = {start, end};

    // Between quotation marks, the words are a whole quotation when they open their sentence or follow a colon or a
    // comma ("said: ..."), quoted words in reported speech when they are part of a clause (called the plan
    // "reckless"); words without marks are the analyst's call: a quotation.
    int before = start - 1;
    while (before >= 0 && text.at(before).isSpace()) {
        --before;
    }
    int after = end;
    while (after < text.size() && (text.at(after).isSpace() || text.at(after).isPunct()) &&
           !isQuotationMark(text.at(after))) {
        ++after;
    }
    const bool marked =
        before >= 0 && isQuotationMark(text.at(before)) && after < text.size() && isQuotationMark(text.at(after));
    if (marked) {
        int lead = before - 1;
        while (lead >= 0 && text.at(lead).isSpace()) {
            --lead;
        }
        int sentenceStart = 0;
        for (const TextSpan &sentence : article.sentences) {
            if (sentence.contains(before)) {
                sentenceStart = sentence.start;
                break;
            }
        }
        const bool opens =
            lead < sentenceStart || text.at(lead) == u':' || text.at(lead) == u',' || text.at(lead) == u'\n';
        if (!opens) {
            draft.kind = Quote::Kind::Partial;
        }
    }

    // The speaker is the person named nearest the words in their paragraph.
    const TextSpan paragraph = paragraphAt(article, start);
    int best = std::numeric_limits<int>::max();
    for (const Entity &entity : article.entities) {
        if (entity.type != Entity::Type::Person) {
            continue;
        }
        for (const TextSpan &mention : entity.mentions) {
            // A name inside the quoted words is someone spoken of, not the speaker.
            if (!paragraph.contains(mention.start) || draft.span.contains(mention)) {
                continue;
            }
            const int d = distance(mention, draft.span);
            if (d < best) {
                best = d;
                draft.speaker = entity.name;
                draft.role.clear();
                if (!entity.roles.isEmpty()) {
                    const Role &role = entity.roles.constFirst();
                    draft.role = role.organisation.isEmpty() ? role.title : role.title + u" of "_s + role.organisation;
                }
            }
        }
    }
    return draft;
}

QuoteAddDialog::QuoteAddDialog(const QuoteDraft &draft, const QString &words, const QStringList &speakers,
                               QWidget *parent)
    : QDialog(parent)
    , m_speaker(new QComboBox(this))
    , m_role(new QLineEdit(this))
    , m_kind(new QComboBox(this))
{
    setWindowTitle(tr("Add Quote"));
    auto *form = new QFormLayout(this);
    auto *quoted = new QLabel(words, this);
    quoted->setWordWrap(true);
    quoted->setTextInteractionFlags(Qt::TextSelectableByMouse);
    quoted->setAccessibleName(tr("Quoted words"));
    form->addRow(tr("Words:"), quoted);

    m_speaker->setEditable(true);
    m_speaker->setInsertPolicy(QComboBox::NoInsert);
    QStringList names = speakers;
    if (!draft.speaker.isEmpty() && !names.contains(draft.speaker)) {
        names.prepend(draft.speaker);
    }
    m_speaker->addItems(names);
    m_speaker->setCurrentText(draft.speaker);
    m_speaker->setAccessibleName(tr("Speaker"));
    form->addRow(tr("&Speaker:"), m_speaker);

    m_role->setText(draft.role);
    m_role->setPlaceholderText(tr("e.g. chief executive of the buyer"));
    m_role->setAccessibleName(tr("Speaker's role"));
    form->addRow(tr("&Role:"), m_role);

    m_kind->addItem(tr("Whole quotation"), Quote::kindName(Quote::Kind::Direct));
    m_kind->addItem(tr("Quoted words in reported speech"), Quote::kindName(Quote::Kind::Partial));
    m_kind->setCurrentIndex(draft.kind == Quote::Kind::Direct ? 0 : 1);
    m_kind->setAccessibleName(tr("Kind of quote"));
    form->addRow(tr("&Kind:"), m_kind);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // A quote with nobody named as its speaker is allowed: an unknown speaker stays visibly unknown.
    resize(std::max(420, sizeHint().width()), sizeHint().height());
}

QJsonObject QuoteAddDialog::values() const
{
    QJsonObject values{{u"speaker"_s, m_speaker->currentText().trimmed()},
                       {u"kind"_s, m_kind->currentData().toString()}};
    if (!m_role->text().trimmed().isEmpty()) {
        values.insert(u"role"_s, m_role->text().trimmed());
    }
    return values;
}

} // namespace Newsline
