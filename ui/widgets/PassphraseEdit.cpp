#include "PassphraseEdit.h"

#include "PassphraseStrength.h"
#include "UiText.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace BreachAdvisor::Ui {

PassphraseEdit::PassphraseEdit(bool showStrength, QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_show(new QToolButton(this))
    , m_capsLock(new QLabel(this))
    , m_mismatch(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    row->addWidget(m_edit, 1);
    row->addWidget(m_show);
    layout->addLayout(row);

    m_edit->setEchoMode(QLineEdit::Password);
    m_edit->setMinimumWidth(m_edit->fontMetrics().averageCharWidth() * 32);
    m_edit->installEventFilter(this);
    m_show->setText(tr("Show"));
    m_show->setCheckable(true);
    m_show->setAccessibleName(tr("Show the passphrase"));
    m_show->setToolTip(tr("Show or hide what you typed"));
    connect(m_show, &QToolButton::toggled, this, [this](bool shown) {
        m_edit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_show->setText(shown ? tr("Hide") : tr("Show"));
        m_show->setAccessibleName(shown ? tr("Hide the passphrase") : tr("Show the passphrase"));
    });

    m_capsLock->setText(tr("Caps Lock seems to be on: letters come out in capitals."));
    m_capsLock->setWordWrap(true);
    m_capsLock->hide();
    layout->addWidget(m_capsLock);
    m_mismatch->setObjectName(QStringLiteral("passphraseMismatch"));
    m_mismatch->setWordWrap(true);
    m_mismatch->hide();
    layout->addWidget(m_mismatch);

    if (showStrength) {
        auto *strengthRow = new QHBoxLayout;
        m_strengthBar = new QProgressBar(this);
        m_strengthBar->setRange(0, 4);
        m_strengthBar->setTextVisible(false);
        m_strengthBar->setMaximumHeight(m_edit->fontMetrics().height() / 2);
        m_strengthBar->setAccessibleName(tr("Passphrase strength"));
        m_strength = new QLabel(this);
        m_strength->setWordWrap(true);
        strengthRow->addWidget(m_strengthBar, 1);
        strengthRow->addWidget(m_strength, 3);
        layout->addLayout(strengthRow);
        updateStrength();
    }
    connect(m_edit, &QLineEdit::textChanged, this, [this] {
        updateStrength();
        updateMismatch();
        Q_EMIT textChanged();
    });
    connect(m_edit, &QLineEdit::textEdited, this, [this] {
        m_left = false;
        updateMismatch();
    });
    connect(m_edit, &QLineEdit::editingFinished, this, [this] {
        m_left = true;
        updateMismatch();
    });
    connect(m_edit, &QLineEdit::returnPressed, this, &PassphraseEdit::returnPressed);
    setFocusProxy(m_edit);
}

PassphraseEdit::~PassphraseEdit()
{
    // QWidget's destructor deletes the field after this one has ended: losing the focus then
    // would call back into a PassphraseEdit that no longer is one.
    m_edit->removeEventFilter(this);
    disconnect(m_edit, nullptr, this, nullptr);
}

void PassphraseEdit::setAccessibleName(const QString &name)
{
    m_edit->setAccessibleName(name);
}

SecureBuffer PassphraseEdit::takePassphrase()
{
    SecureBuffer secret = SecureBuffer::fromText(m_edit->text());
    clear();
    return secret;
}

bool PassphraseEdit::isEmpty() const
{
    return m_edit->text().isEmpty();
}

void PassphraseEdit::clear()
{
    m_edit->setText(QString()); // unlike clear(), also forgets what undo would bring back
    m_show->setChecked(false);
    updateStrength();
}

bool PassphraseEdit::sameTextAs(const PassphraseEdit &other) const
{
    return m_edit->text() == other.m_edit->text();
}

bool PassphraseEdit::capsLockWarningShown() const
{
    return !m_capsLock->isHidden();
}

void PassphraseEdit::setConfirms(PassphraseEdit *original)
{
    m_original = original;
    connect(original, &PassphraseEdit::textChanged, this, &PassphraseEdit::updateMismatch);
    updateMismatch();
}

QString PassphraseEdit::mismatchText() const
{
    return m_mismatch->isHidden() ? QString() : m_mismatch->text();
}

void PassphraseEdit::updateMismatch()
{
    if (!m_original) {
        return;
    }
    const QString &mine = m_edit->text();
    const QString &theirs = m_original->m_edit->text();
    // While this field is being typed in, a beginning of the passphrase is not a mistake yet.
    const bool stillTyping = !m_left && theirs.startsWith(mine);
    const bool differs = !mine.isEmpty() && mine != theirs && !stillTyping;
    m_mismatch->setText(differs ? tr("This is not the same as the passphrase above.") : QString());
    m_mismatch->setVisible(differs);
    m_edit->setAccessibleDescription(m_mismatch->text());
}

void PassphraseEdit::updateStrength()
{
    if (!m_strength) {
        return;
    }
    const PassphraseStrength strength = PassphraseStrength::estimate(SecureBuffer::fromText(m_edit->text()));
    m_strengthBar->setValue(int(strength.level) > 0 ? int(strength.level) : 0);
    const QString text = strength.level == PassphraseStrength::Level::Empty
                             ? strength.advice()
                             : tr("%1. %2").arg(strength.word(), strength.advice());
    m_strength->setText(text);
    m_strengthBar->setAccessibleDescription(text);
}

void PassphraseEdit::setCapsLockWarning(bool on)
{
    if (on != !m_capsLock->isHidden()) {
        m_capsLock->setVisible(on);
    }
}

void PassphraseEdit::changeEvent(QEvent *event)
{
    // A new text size: the Show button's words need a new width too.
    if (event->type() == QEvent::FontChange) {
        m_show->updateGeometry();
        m_edit->setMinimumWidth(m_edit->fontMetrics().averageCharWidth() * 32);
    }
    QWidget::changeEvent(event);
}

bool PassphraseEdit::eventFilter(QObject *watched, QEvent *event)
{
    // Qt has no portable Caps Lock query: a letter whose case disagrees with Shift
    // says it is on; one that agrees says it is off.
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const QString text = key->text();
        if (text.size() == 1 && text.at(0).isLetter() && text.at(0).toUpper() != text.at(0).toLower()) {
            const bool shift = key->modifiers().testFlag(Qt::ShiftModifier);
            setCapsLockWarning(text.at(0).isUpper() != shift);
        } else if (key->key() == Qt::Key_CapsLock) {
            setCapsLockWarning(!m_capsLock->isVisible());
        }
    } else if (watched == m_edit && event->type() == QEvent::FocusOut) {
        setCapsLockWarning(false);
        m_left = true;
        updateMismatch();
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace BreachAdvisor::Ui
