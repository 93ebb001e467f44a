#include "GuiTestSupport.h"
#include "MainWindow.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QApplication>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QTest>

using namespace BreachAdvisor;
using namespace BreachAdvisor::Ui;
using namespace BreachAdvisor::GuiTest;

// Every screen and dialog at 100 %, 150 % and 200 % text in a window 1024 × 768: no words
// or lines cut, no sideways scrolling, every action within reach.
class TestGuiTextSize : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyScreenFits_data();
    void everyScreenFits();

private:
    static QStringList problems(QWidget *root, const QString &where);
};

namespace {

constexpr int kWidth = 1024;
constexpr int kHeight = 768;

// Whether a widget is shown, counting its parents (isVisible() is that, but only once
// the window is).
bool shown(const QWidget *widget)
{
    return widget->isVisible() && !widget->visibleRegion().isEmpty();
}

QString describe(const QWidget *widget)
{
    QString text;
    if (const auto *label = qobject_cast<const QLabel *>(widget)) {
        text = label->text();
    } else if (const auto *button = qobject_cast<const QAbstractButton *>(widget)) {
        text = button->text();
    }
    return QStringLiteral("%1 %2 \"%3\"").arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName(), text.left(60));
}

// Inside a scroll area that scrolls up and down: out of the window's view is in reach.
bool insideScrollingContent(const QWidget *widget)
{
    for (const QWidget *parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
        if (const auto *area = qobject_cast<const QScrollArea *>(parent)) {
            return area->verticalScrollBarPolicy() != Qt::ScrollBarAlwaysOff;
        }
    }
    return false;
}

} // namespace

QStringList TestGuiTextSize::problems(QWidget *root, const QString &where)
{
    QStringList found;
    QWidget *window = root->window();
    if (window->width() > kWidth) {
        found << QStringLiteral("%1: the window grew to %2 pixels wide").arg(where).arg(window->width());
    }
    const QRect inWindow = window->rect();
    for (QWidget *widget : root->findChildren<QWidget *>()) {
        if (!shown(widget) || widget->window() != window) {
            continue;
        }
        // Cut text: a one-line label or a button narrower than its text.
        const auto *label = qobject_cast<const QLabel *>(widget);
        const bool oneLine = (label && !label->wordWrap() && !label->text().isEmpty()) || qobject_cast<const QAbstractButton *>(widget);
        if (oneLine && widget->sizeHint().width() > widget->width() + 1) {
            found << QStringLiteral("%1: cut (%2 of %3 px): %4").arg(where).arg(widget->width()).arg(widget->sizeHint().width()).arg(describe(widget));
        }
        // Cut lines: a label that wraps, shorter than its text needs at its width.
        if (label && label->wordWrap() && !label->text().isEmpty() && label->heightForWidth(label->width()) > label->height() + 2) {
            found << QStringLiteral("%1: lines cut (%2 of %3 px high): %4")
                         .arg(where)
                         .arg(label->height())
                         .arg(label->heightForWidth(label->width()))
                         .arg(describe(widget));
        }
        if (const auto *area = qobject_cast<const QAbstractScrollArea *>(widget); area && area->horizontalScrollBar()->isVisible()) {
            found << QStringLiteral("%1: scrolls sideways: %2").arg(where, describe(widget));
        }
        // An action out of reach: a button outside the window, unless it scrolls into view.
        if (const auto *button = qobject_cast<const QAbstractButton *>(widget); button && button->isEnabled()) {
            const QRect rect(button->mapTo(window, QPoint(0, 0)), button->size());
            if (!inWindow.contains(rect) && !insideScrollingContent(button)) {
                found << QStringLiteral("%1: out of reach: %2").arg(where, describe(button));
            }
        }
    }
    return found;
}

void TestGuiTextSize::everyScreenFits_data()
{
    QTest::addColumn<int>("percent");
    QTest::newRow("100 %") << 100;
    QTest::newRow("150 %") << 150;
    QTest::newRow("200 %") << 200;
}

void TestGuiTextSize::everyScreenFits()
{
    QFETCH(int, percent);
    Fixture fixture;
    fixture.openOnDemoVault();
    MainWindow &window = *fixture.window;
    window.applyTextScale(percent);
    window.resize(kWidth, kHeight);
    window.show();
    QStringList found;
    walkEveryScreen(fixture, [&](QWidget *root, const QString &where) {
        if (root->isWindow() && root != &window) {
            root->resize(qMin(root->width(), kWidth), qMin(root->height(), kHeight));
        }
        window.resize(kWidth, kHeight);
        // The layouts settle: quickly alone, slowly on a loaded machine or under the sanitizers.
        // Text that is really cut stays cut for the whole wait and is reported.
        QStringList now;
        waitFor([&] { now = problems(root, where); return now.isEmpty(); }, 3000);
        found << now;
    });
    window.applyTextScale(100);
    QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("\n") + found.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestGuiTextSize)
#include "TestGuiTextSize.moc"
