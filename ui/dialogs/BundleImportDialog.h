#pragma once

#include "AppContext.h"
#include "BundleExchange.h"
#include "BundleFile.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QLineEdit;
class QPushButton;

namespace BreachAdvisor::Ui {

class InlineMessage;

// A help desk's bundle, before anything of it is read: who signed it (a help desk this vault
// trusts, or a key it does not know yet, to compare with the one the help desk gives out),
// when it was made and what it says it holds. The person gives the agent key file (and,
// for a help desk not trusted yet, its public key file); Import checks the signature and
// merges it all, or changes nothing.
class BundleImportDialog : public QDialog
{
    Q_OBJECT

public:
    BundleImportDialog(AppContext &context, const QString &path, const BundleFile::Header &header, const std::optional<BundleSigner> &signer,
                       QWidget *parent = nullptr);

    void setAgentKeyPath(const QString &path);
    void setPublicKeyPath(const QString &path);
    void setAllowOlder(bool allow);
    QString messageText() const;
    // What the import did, once accepted.
    const BundleImportReport &report() const { return m_report; }
    void accept() override;

private:
    QString chooseFile(const QString &title, const QString &filter);

    AppContext &m_context;
    QString m_path;
    BundleFile::Header m_header;
    bool m_trusted;
    QLineEdit *m_agentKey;
    QLineEdit *m_publicKey = nullptr;
    QLineEdit *m_signerName = nullptr;
    QCheckBox *m_allowOlder = nullptr;
    InlineMessage *m_message;
    QPushButton *m_importButton;
    BundleImportReport m_report;
    bool m_importing = false;
};

} // namespace BreachAdvisor::Ui
