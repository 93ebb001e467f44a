#include "Theme.h"

#include <QApplication>
#include <QStyle>

namespace BreachAdvisor::Ui::Theme {

namespace {

// What the system gave before the app chose colours of its own, kept from the first call.
const QPalette &systemPalette()
{
    static const QPalette palette = QApplication::palette();
    return palette;
}

} // namespace

QString name(Choice choice)
{
    switch (choice) {
    case Choice::Light: return QStringLiteral("light");
    case Choice::Dark: return QStringLiteral("dark");
    case Choice::System: break;
    }
    return QStringLiteral("system");
}

Choice fromName(const QString &name)
{
    if (name == QLatin1String("light")) {
        return Choice::Light;
    }
    if (name == QLatin1String("dark")) {
        return Choice::Dark;
    }
    return Choice::System;
}

QPalette light()
{
    return QApplication::style()->standardPalette();
}

QPalette dark()
{
    // Contrast of text on its background over 7:1 (WCAG AAA), links and highlights over 4.5:1.
    QPalette dark;
    const QColor window(45, 45, 48);
    const QColor base(30, 30, 32);
    const QColor text(230, 230, 230);
    dark.setColor(QPalette::Window, window);
    dark.setColor(QPalette::WindowText, text);
    dark.setColor(QPalette::Base, base);
    dark.setColor(QPalette::AlternateBase, QColor(55, 55, 60));
    dark.setColor(QPalette::Text, text);
    dark.setColor(QPalette::Button, QColor(60, 60, 64));
    dark.setColor(QPalette::ButtonText, text);
    dark.setColor(QPalette::BrightText, Qt::white);
    dark.setColor(QPalette::ToolTipBase, QColor(60, 60, 64));
    dark.setColor(QPalette::ToolTipText, text);
    dark.setColor(QPalette::Highlight, QColor(38, 110, 190));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::Link, QColor(120, 180, 255));
    dark.setColor(QPalette::LinkVisited, QColor(190, 150, 255));
    dark.setColor(QPalette::PlaceholderText, QColor(160, 160, 160));
    dark.setColor(QPalette::Light, QColor(80, 80, 85));
    dark.setColor(QPalette::Midlight, QColor(70, 70, 75));
    dark.setColor(QPalette::Mid, QColor(50, 50, 54));
    dark.setColor(QPalette::Dark, QColor(25, 25, 27));
    dark.setColor(QPalette::Shadow, Qt::black);
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        dark.setColor(QPalette::Disabled, role, QColor(130, 130, 130));
    }
    return dark;
}

void apply(Choice choice)
{
    systemPalette(); // kept before the first change
    switch (choice) {
    case Choice::System: QApplication::setPalette(systemPalette()); break;
    case Choice::Light: QApplication::setPalette(light()); break;
    case Choice::Dark: QApplication::setPalette(dark()); break;
    }
}

} // namespace BreachAdvisor::Ui::Theme
