#include "BundleImportDialog.h"

#include "BundleKeys.h"
#include "Error.h"
#include "InlineMessage.h"
#include "SessionRunner.h"
#include "VaultSession.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace BreachAdvisor::Ui {

namespace {

QString when(const QDateTime &dateTime)
{
    return QLocale().toString(dateTime.toLocalTime(), QLocale::LongFormat);
}

QLabel *wrapped(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

BundleImportDialog::BundleImportDialog(AppContext &context, const QString &path, const BundleFile::Header &header,
                                       const std::optional<BundleSigner> &signer, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_path(path)
    , m_header(header)
    , m_trusted(signer.has_value())
    , m_agentKey(new QLineEdit(this))
    , m_message(new InlineMessage(this))
    , m_importButton(new QPushButton(tr("&Import"), this))
{
    setObjectName(QStringLiteral("bundleImportDialog"));
    setWindowTitle(tr("Import a help desk's bundle"));
    auto *layout = new QVBoxLayout(this);
    const QString fingerprint = BundleKeys::fingerprint(header.signer);
    const QJsonObject summary = header.summary;
    layout->addWidget(wrapped(tr("%1 was made on %2. It holds the breach catalog and %n leak file(s) with %3 records.", nullptr,
                                 summary.value(QLatin1String("imports")).toInt())
                                  .arg(QFileInfo(path).fileName(), when(header.createdAt),
                                       QLocale().toString(qint64(summary.value(QLatin1String("records")).toDouble()))),
                              this));
    if (signer) {
        layout->addWidget(wrapped(tr("It is signed by %1, a help desk this vault trusts (key %2).").arg(signer->name, fingerprint), this));
    } else {
        layout->addWidget(wrapped(tr("It is signed by a key this vault does not trust yet:"), this));
        // Large and fixed-width: it is read out and compared group by group.
        auto *key = wrapped(fingerprint, this);
        key->setObjectName(QStringLiteral("untrustedSigner"));
        QFont keyFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
        keyFont.setPointSizeF(font().pointSizeF() * 1.4);
        keyFont.setBold(true);
        key->setFont(keyFont);
        layout->addWidget(key);
        layout->addWidget(wrapped(tr("Ask your help desk for its public key file (.pub) and check, on the phone or on paper, that its key "
                                     "reads the same. Only then choose it below: this vault will take bundles signed by that help desk "
                                     "from now on."),
                                  this));
    }
    if (signer && signer->lastBundleAt.isValid() && header.createdAt < signer->lastBundleAt) {
        m_allowOlder = new QCheckBox(tr("It is older than the last bundle taken from this help desk (made on %1): it may be an old copy "
                                        "played back. Import it &even so")
                                         .arg(when(signer->lastBundleAt)),
                                     this);
        m_allowOlder->setObjectName(QStringLiteral("allowOlderCheckBox"));
        layout->addWidget(m_allowOlder);
    }

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    const auto fileRow = [this](QLineEdit *edit, const QString &objectName, const QString &title, const QString &filter) {
        edit->setObjectName(objectName);
        auto *row = new QHBoxLayout;
        row->addWidget(edit, 1);
        auto *choose = new QPushButton(tr("Choose…"), this);
        choose->setAccessibleName(title);
        row->addWidget(choose);
        connect(choose, &QPushButton::clicked, this, [this, edit, title, filter] {
            const QString chosen = chooseFile(title, filter);
            if (!chosen.isEmpty()) {
                edit->setText(QDir::toNativeSeparators(chosen));
            }
        });
        return row;
    };
    if (!signer) {
        m_publicKey = new QLineEdit(this);
        m_publicKey->setAccessibleName(tr("The help desk's public key file"));
        auto *publicLabel = new QLabel(tr("The help desk's &public key (.pub):"), this);
        publicLabel->setBuddy(m_publicKey);
        form->addRow(publicLabel, fileRow(m_publicKey, QStringLiteral("publicKeyPath"), tr("Choose the help desk's public key"),
                                          tr("Public keys (*.pub);;All files (*)")));
        m_signerName = new QLineEdit(this);
        m_signerName->setObjectName(QStringLiteral("signerName"));
        m_signerName->setPlaceholderText(tr("e.g. City library help desk"));
        auto *nameLabel = new QLabel(tr("&What to call the help desk:"), this);
        nameLabel->setBuddy(m_signerName);
        form->addRow(nameLabel, m_signerName);
    }
    m_agentKey->setAccessibleName(tr("The agent key file"));
    auto *agentLabel = new QLabel(tr("The &agent key (.agent):"), this);
    agentLabel->setBuddy(m_agentKey);
    form->addRow(agentLabel,
                 fileRow(m_agentKey, QStringLiteral("agentKeyPath"), tr("Choose the agent key"), tr("Agent keys (*.agent);;All files (*)")));
    layout->addLayout(form);
    layout->addWidget(wrapped(tr("The bundle holds fingerprints of identifiers and which kinds of data leaked, never the leaked values. "
                                 "It is read only if its signature holds over every byte; otherwise nothing changes."),
                              this));
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_importButton->setObjectName(QStringLiteral("importBundleButton"));
    m_importButton->setDefault(true);
    buttons->addButton(m_importButton, QDialogButtonBox::AcceptRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &BundleImportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(sizeHint().expandedTo(QSize(640, 0)));
}

QString BundleImportDialog::chooseFile(const QString &title, const QString &filter)
{
    return QFileDialog::getOpenFileName(this, title, QFileInfo(m_path).absolutePath(), filter);
}

void BundleImportDialog::setAgentKeyPath(const QString &path)
{
    m_agentKey->setText(path);
}

void BundleImportDialog::setPublicKeyPath(const QString &path)
{
    if (m_publicKey) {
        m_publicKey->setText(path);
    }
}

void BundleImportDialog::setAllowOlder(bool allow)
{
    if (m_allowOlder) {
        m_allowOlder->setChecked(allow);
    }
}

QString BundleImportDialog::messageText() const
{
    return m_message->text();
}

void BundleImportDialog::accept()
{
    if (m_importing) {
        return;
    }
    const QString agentKey = QDir::fromNativeSeparators(m_agentKey->text().trimmed());
    if (agentKey.isEmpty()) {
        m_message->show(InlineMessage::Kind::Error, tr("Choose the agent key file your help desk gave you."));
        m_agentKey->setFocus();
        return;
    }
    QString publicKey;
    QString signerName;
    if (!m_trusted) {
        publicKey = QDir::fromNativeSeparators(m_publicKey->text().trimmed());
        if (publicKey.isEmpty()) {
            m_message->show(InlineMessage::Kind::Error, tr("Choose the help desk's public key file, once you have checked that its key "
                                                           "reads the same as above."));
            m_publicKey->setFocus();
            return;
        }
        signerName = m_signerName->text().trimmed();
        if (signerName.isEmpty()) {
            signerName = QFileInfo(publicKey).completeBaseName();
        }
    }
    const bool allowOlder = m_allowOlder && m_allowOlder->isChecked();
    m_importing = true;
    m_importButton->setEnabled(false);
    m_message->show(InlineMessage::Kind::Information, tr("Checking the signature and importing…"));
    m_context.runner.run(
        [path = m_path, signer = m_header.signer, agentKey, publicKey, signerName, allowOlder](VaultSession &session) {
            const SecureBuffer contentKey = BundleKeys::readAgentKeyFile(agentKey);
            if (!publicKey.isEmpty()) {
                // Trusted only as the key that signed this bundle: another help desk's file is refused.
                const QByteArray key = BundleKeys::readPublicKeyFile(publicKey);
                if (key != signer) {
                    throw Error(ErrorKind::RejectedInput,
                                tr("The key in %1 (%2) is not the one that signed this bundle. Nothing was changed.")
                                    .arg(QFileInfo(publicKey).fileName(), BundleKeys::fingerprint(key)));
                }
                session.trustSigner(key, signerName);
            }
            return session.importBundle(path, QFileInfo(path).fileName(), contentKey, allowOlder);
        },
        [this](const BundleImportReport &report) {
            m_importing = false;
            m_report = report;
            Q_EMIT m_context.events.catalogChanged();
            Q_EMIT m_context.events.indexChanged();
            QDialog::accept();
        },
        [this](const Error &error) {
            m_importing = false;
            m_importButton->setEnabled(true);
            m_message->show(InlineMessage::Kind::Error, error.message());
        });
}

} // namespace BreachAdvisor::Ui
