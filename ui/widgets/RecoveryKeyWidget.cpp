#include "RecoveryKeyWidget.h"

#include "InlineMessage.h"
#include "PrivateFile.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QVBoxLayout>

namespace BreachAdvisor::Ui {

RecoveryKeyWidget::RecoveryKeyWidget(QWidget *parent)
    : QWidget(parent)
    , m_key(new QLabel(this))
    , m_message(new InlineMessage(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(QApplication::font().pointSizeF() * 1.4);
    mono.setBold(true);
    m_key->setFont(mono);
    m_key->setObjectName(QStringLiteral("recoveryKeyLabel"));
    m_key->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_key->setFocusPolicy(Qt::StrongFocus);
    m_key->setWordWrap(true);
    layout->addWidget(m_key);
    auto *buttons = new QHBoxLayout;
    auto *print = new QPushButton(tr("P&rint"), this);
    auto *save = new QPushButton(tr("&Save to a file…"), this);
    print->setObjectName(QStringLiteral("printRecoveryKeyButton"));
    save->setObjectName(QStringLiteral("saveRecoveryKeyButton"));
    buttons->addWidget(print);
    buttons->addWidget(save);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    connect(print, &QPushButton::clicked, this, &RecoveryKeyWidget::print);
    connect(save, &QPushButton::clicked, this, &RecoveryKeyWidget::save);
}

void RecoveryKeyWidget::setKey(const SecureBuffer &recoveryKey)
{
    m_key->setText(QString::fromLatin1(recoveryKey.chars(), qsizetype(recoveryKey.size())));
    m_key->setAccessibleName(tr("Recovery key: %1").arg(m_key->text()));
}

QString RecoveryKeyWidget::keyText() const
{
    return m_key->text();
}

void RecoveryKeyWidget::clear()
{
    m_key->clear();
    m_key->setAccessibleName(tr("Recovery key"));
}

void RecoveryKeyWidget::print()
{
    QPrinter printer;
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    QPainter painter(&printer);
    QFont font = painter.font();
    font.setPointSize(14);
    painter.setFont(font);
    const QRect page = printer.pageLayout().paintRectPixels(printer.resolution());
    painter.drawText(page, Qt::AlignTop | Qt::TextWordWrap,
                     tr("Breach Advisor recovery key\n\n%1\n\nKeep this paper safe and away from the computer: with it, anyone can open "
                        "the vault.")
                         .arg(m_key->text()));
    m_message->show(InlineMessage::Kind::Success, tr("Sent to the printer."));
}

void RecoveryKeyWidget::save()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the recovery key"),
                                                      QDir::home().filePath(QStringLiteral("breach-advisor-recovery-key.txt")),
                                                      tr("Text files (*.txt)"));
    if (path.isEmpty()) {
        return;
    }
    QString error;
    if (!PrivateFile::write(path, m_key->text().toLatin1() + '\n', &error)) {
        m_message->show(InlineMessage::Kind::Error, tr("Could not save %1: %2. Nothing was saved: choose another place, or print the key.")
                                                        .arg(QDir::toNativeSeparators(path), error));
        return;
    }
    m_message->show(InlineMessage::Kind::Success,
                    tr("Saved to %1. Move it off this computer (a USB stick, or print it) and delete it here.").arg(QDir::toNativeSeparators(path)));
}

} // namespace BreachAdvisor::Ui
