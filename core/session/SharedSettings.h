#pragma once

class QSettings;

namespace BreachAdvisor::SharedSettings {

// Settings the desktop app and the CLI both follow, kept with QSettings under the apps'
// shared name (organization and application "breach-advisor"): one key and one default
// for both, defined here only.

// Minutes without input before the vault locks itself (the app's window, the CLI's
// shell); 0: never. At most a day.
int idleLockMinutes(const QSettings &settings);
void setIdleLockMinutes(QSettings &settings, int minutes);

} // namespace BreachAdvisor::SharedSettings
