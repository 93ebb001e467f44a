#pragma once

#include <QPalette>
#include <QString>

namespace BreachAdvisor::Ui::Theme {

// Light, dark, or the system's colours. Some Linux desktops give Qt no palette at all, so
// "dark" cannot be left to the system: the app has a palette of each of its own. The
// screens draw with the palette's roles, never fixed colours, so this is all it takes.
enum class Choice { System, Light, Dark };

QString name(Choice choice); // "system", "light", "dark": as kept in the settings
Choice fromName(const QString &name);

QPalette light();
QPalette dark();

// Sets the application's palette; System brings back the one the app started with.
void apply(Choice choice);

} // namespace BreachAdvisor::Ui::Theme
