#include "teamworkspacedialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Newsline {

namespace {

// libpq's sslmode values offered, in the order shown.
const QStringList tlsModes{QString(), u"require"_s, u"verify-full"_s};

} // namespace

TeamWorkspaceDialog::TeamWorkspaceDialog(const QString &lastUri, QWidget *parent)
    : QDialog(parent)
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_tls(new QComboBox(this))
{
    setWindowTitle(tr("Open Team Workspace"));
    auto *intro = new QLabel(tr("A team workspace is a PostgreSQL database the whole desk works in. The password "
                                "comes from your ~/.pgpass file or a libpq service; if the server asks for one "
                                "that they do not give, you are asked for it, and it is never stored."),
                             this);
    intro->setWordWrap(true);
    m_host->setPlaceholderText(tr("localhost, a name, or a socket folder"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database->setPlaceholderText(tr("the team's database"));
    m_user->setPlaceholderText(tr("your database role"));
    m_tls->addItems({tr("As libpq is configured"), tr("Required (TLS)"), tr("Required, server certificate checked")});
    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Encryption:"), m_tls);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    for (QLineEdit *edit : {m_host, m_database, m_user}) {
        connect(edit, &QLineEdit::textChanged, this, &TeamWorkspaceDialog::updateButtons);
    }
    m_host->setText(u"localhost"_s);
    m_user->setText(qEnvironmentVariable("USER"));
    if (!lastUri.isEmpty()) {
        setUri(lastUri);
    }
    updateButtons();
    resize(460, sizeHint().height());
}

void TeamWorkspaceDialog::setUri(const QString &uri)
{
    const QUrl url(uri, QUrl::StrictMode);
    if (!url.isValid()) {
        return;
    }
    const QUrlQuery query(url);
    m_host->setText(query.hasQueryItem(u"host"_s) ? query.queryItemValue(u"host"_s, QUrl::FullyDecoded) : url.host());
    const int port = query.hasQueryItem(u"port"_s) ? query.queryItemValue(u"port"_s).toInt() : url.port(5432);
    m_port->setValue(port > 0 ? port : 5432);
    m_database->setText(url.path(QUrl::FullyDecoded).mid(1));
    m_user->setText(url.userName(QUrl::FullyDecoded));
    m_tls->setCurrentIndex(std::max<qsizetype>(0, tlsModes.indexOf(query.queryItemValue(u"sslmode"_s))));
}

QString TeamWorkspaceDialog::uri() const
{
    QUrl url;
    url.setScheme(u"postgresql"_s);
    url.setUserName(m_user->text().trimmed());
    url.setPath(u'/' + m_database->text().trimmed());
    QUrlQuery query;
    const QString host = m_host->text().trimmed();
    // A socket folder is given as libpq's host option, which a URI's host part cannot hold.
    if (host.startsWith(u'/')) {
        query.addQueryItem(u"host"_s, host);
        query.addQueryItem(u"port"_s, QString::number(m_port->value()));
    } else {
        url.setHost(host);
        url.setPort(m_port->value());
    }
    if (const QString mode = tlsModes.value(m_tls->currentIndex()); !mode.isEmpty()) {
        query.addQueryItem(u"sslmode"_s, mode);
    }
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

void TeamWorkspaceDialog::updateButtons()
{
    const auto *box = findChild<QDialogButtonBox *>();
    box->button(QDialogButtonBox::Open)
        ->setEnabled(!m_host->text().trimmed().isEmpty() && !m_database->text().trimmed().isEmpty());
}

QString withPassword(const QString &uri, const QString &password)
{
    QUrl url(uri, QUrl::StrictMode);
    url.setPassword(password, QUrl::DecodedMode);
    return url.toString(QUrl::FullyEncoded);
}

} // namespace Newsline
