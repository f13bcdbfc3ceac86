#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace Newsline {

/// Asks where a team workspace lives: the PostgreSQL server's host and port, the database, the user, and how the
/// connection is encrypted (as libpq is configured, or TLS required, or TLS with the server's certificate checked).
/// The password is not asked here: libpq finds it in ~/.pgpass, PGPASSWORD or a service file, and the window asks for
/// it only when the server wants one that none of them gives.
class TeamWorkspaceDialog : public QDialog
{
    Q_OBJECT

public:
    /// Prefilled from a URI opened before (postgresql://user@host:port/database?sslmode=...), or with this computer's
    /// defaults.
    explicit TeamWorkspaceDialog(const QString &lastUri, QWidget *parent = nullptr);

    /// The address to connect to, without a password.
    [[nodiscard]] QString uri() const;

    /// Sets the fields from a URI (the one opened before).
    void setUri(const QString &uri);

private:
    void updateButtons();

    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QComboBox *m_tls;
};

/// The URI with a password added (kept in memory only, never written anywhere).
[[nodiscard]] QString withPassword(const QString &uri, const QString &password);

} // namespace Newsline
