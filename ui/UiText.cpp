#include "UiText.h"
#include "ChecklistRules.h"

#include "CountryNames.h"
#include "Translations.h"

#include <QApplication>
#include <QComboBox>
#include <QHash>
#include <QHeaderView>
#include <QScrollArea>
#include <QVBoxLayout>
#include <QTableView>
#include <QTreeView>
#include <QCoreApplication>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QWidget>

namespace BreachAdvisor::Ui::UiText {

QString statusWord(StepStatus status)
{
    switch (status) {
    case StepStatus::Open: return QCoreApplication::translate("UiText", "To do");
    case StepStatus::Done: return QCoreApplication::translate("UiText", "Done");
    case StepStatus::Skipped: return QCoreApplication::translate("UiText", "Set aside for now");
    case StepStatus::NotApplicable: return QCoreApplication::translate("UiText", "Does not apply");
    case StepStatus::Reopened: return QCoreApplication::translate("UiText", "To do again");
    }
    return QString();
}

QIcon statusIcon(StepStatus status)
{
    switch (status) {
    case StepStatus::Done: return icon("done");
    case StepStatus::Skipped: return icon("later");
    case StepStatus::NotApplicable: return icon("not-applicable");
    case StepStatus::Reopened: return icon("reopened");
    case StepStatus::Open: break;
    }
    return icon("todo");
}

QString evidenceHeading(Evidence evidence)
{
    switch (evidence) {
    case Evidence::Confirmed: return QCoreApplication::translate("UiText", "Found in leak files");
    case Evidence::Reported: return QCoreApplication::translate("UiText", "You were told about");
    case Evidence::Possible: return QCoreApplication::translate("UiText", "May have leaked: breaches at services you use");
    }
    return QString();
}

QString evidenceWord(Evidence evidence)
{
    switch (evidence) {
    case Evidence::Confirmed: return QCoreApplication::translate("UiText", "Found");
    case Evidence::Reported: return QCoreApplication::translate("UiText", "Reported to you");
    case Evidence::Possible: return QCoreApplication::translate("UiText", "Possible");
    }
    return QString();
}

QIcon evidenceIcon(Evidence evidence)
{
    switch (evidence) {
    case Evidence::Confirmed: return icon("found");
    case Evidence::Reported: return icon("notice");
    case Evidence::Possible: return icon("possible");
    }
    return QIcon();
}

QString platformName(const QString &platform)
{
    return ChecklistRules::platformName(platform);
}

QString kindName(IdentifierKind kind)
{
    switch (kind) {
    case IdentifierKind::Phone: return QCoreApplication::translate("UiText", "Phone number");
    case IdentifierKind::Email: return QCoreApplication::translate("UiText", "E-mail address");
    case IdentifierKind::Username: return QCoreApplication::translate("UiText", "Username");
    }
    return QString();
}

QString lineTypeWord(const QString &type)
{
    static const QHash<QString, const char *> words{
        {QStringLiteral("mobile"), QT_TRANSLATE_NOOP("UiText", "mobile")},
        {QStringLiteral("fixed_line"), QT_TRANSLATE_NOOP("UiText", "landline")},
        {QStringLiteral("fixed_line_or_mobile"), QT_TRANSLATE_NOOP("UiText", "landline or mobile")},
        {QStringLiteral("toll_free"), QT_TRANSLATE_NOOP("UiText", "free-call number")},
        {QStringLiteral("premium_rate"), QT_TRANSLATE_NOOP("UiText", "premium-rate number")},
        {QStringLiteral("shared_cost"), QT_TRANSLATE_NOOP("UiText", "shared-cost number")},
        {QStringLiteral("voip"), QT_TRANSLATE_NOOP("UiText", "internet phone number")},
        {QStringLiteral("personal_number"), QT_TRANSLATE_NOOP("UiText", "personal number")},
        {QStringLiteral("pager"), QT_TRANSLATE_NOOP("UiText", "pager")},
        {QStringLiteral("uan"), QT_TRANSLATE_NOOP("UiText", "company number")},
        {QStringLiteral("voicemail"), QT_TRANSLATE_NOOP("UiText", "voicemail")},
    };
    const char *word = words.value(type);
    return word ? QCoreApplication::translate("UiText", word) : QString();
}

void shareWidth(QAbstractItemView *view)
{
    QHeaderView *header = nullptr;
    if (auto *table = qobject_cast<QTableView *>(view)) {
        header = table->horizontalHeader();
        table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        table->setWordWrap(true);
    } else if (auto *tree = qobject_cast<QTreeView *>(view)) {
        header = tree->header();
        tree->setWordWrap(true);
        tree->setUniformRowHeights(false);
    }
    if (header) {
        header->setSectionResizeMode(QHeaderView::Stretch);
        header->setStretchLastSection(false);
    }
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->setTextElideMode(Qt::ElideNone);
}

QWidget *scrollingContent(QWidget *owner)
{
    auto *content = new QWidget;
    auto *scroll = new QScrollArea(owner);
    scroll->setFocusPolicy(Qt::NoFocus); // a container: its fields take the focus
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(owner);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    return content;
}

QString countryName(const QString &code)
{
    const QString name = CountryNames::name(code);
    return name == code ? code : QStringLiteral("%1 (%2)").arg(name, code);
}

void fillLanguages(QComboBox *combo, const QString &current, const QString &firstChoice)
{
    combo->clear();
    combo->addItem(firstChoice.isEmpty() ? QCoreApplication::translate("UiText", "The computer's language") : firstChoice, QString());
    for (const Translations::Language &language : Translations::offered()) {
        combo->addItem(language.name, language.code);
        // Each name in its own script and direction, whatever the app's language.
        combo->setItemData(combo->count() - 1, QLocale(language.code).textDirection() == Qt::RightToLeft ? Qt::AlignRight : Qt::AlignLeft,
                           Qt::TextAlignmentRole);
    }
    combo->setCurrentIndex(std::max(0, combo->findData(current)));
}

QIcon icon(const char *name)
{
    const QIcon drawn(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name)));
    // Icons drawn in one colour take the text's colour, so they stand out on a light and
    // on a dark palette alike; the coloured ones (found, done, warning...) keep theirs.
    static const QStringList monochrome = {QStringLiteral("todo"), QStringLiteral("people"), QStringLiteral("quick-check"),
                                           QStringLiteral("import"), QStringLiteral("catalog"), QStringLiteral("settings"),
                                           QStringLiteral("lock"), QStringLiteral("not-applicable")};
    if (!monochrome.contains(QLatin1String(name))) {
        return drawn;
    }
    QIcon tinted;
    for (const int size : {16, 24, 32, 48, 64}) {
        QPixmap pixmap = drawn.pixmap(size);
        QPainter painter(&pixmap);
        painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
        painter.fillRect(pixmap.rect(), QApplication::palette().color(QPalette::WindowText));
        painter.end();
        tinted.addPixmap(pixmap);
    }
    return tinted;
}

QString timeLeft(double seconds)
{
    if (seconds < 0) {
        return QString();
    }
    // The words the leak import has always used, wherever work shows its progress. (Written
    // with the counts computed first: lupdate 6.4 loops on a division inside the call.)
    const int wholeSeconds = int(seconds) + 1;
    const int minutes = int(seconds / 60) + 1;
    if (seconds < 90) {
        return QCoreApplication::translate("BreachAdvisor::Ui::ImportPage", "about %n second(s) left", nullptr, wholeSeconds);
    }
    return QCoreApplication::translate("BreachAdvisor::Ui::ImportPage", "about %n minute(s) left", nullptr, minutes);
}

} // namespace BreachAdvisor::Ui::UiText
